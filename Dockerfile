# syntax=docker/dockerfile:1
# Builds the jar and runs it against an external PostgreSQL (set SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD).
# Not exercised by CI (no Docker engine there).

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/shop.jar extract --layers --launcher --destination target/extracted

FROM eclipse-temurin:25-jre
RUN groupadd --system shop && useradd --system --gid shop --home-dir /app --no-create-home shop
WORKDIR /app
# Layers from the least to the most often changed, so a code change rebuilds only the last one.
COPY --from=build /src/target/extracted/dependencies/ ./
COPY --from=build /src/target/extracted/spring-boot-loader/ ./
COPY --from=build /src/target/extracted/snapshot-dependencies/ ./
COPY --from=build /src/target/extracted/application/ ./
RUN mkdir -p /app/data && chown shop:shop /app/data
USER shop
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]

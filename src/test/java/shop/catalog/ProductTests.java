package shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import shop.catalog.NewProduct.NewVariant;
import shop.catalog.events.ProductPublished;
import shop.catalog.events.ProductRetired;
import shop.catalog.events.ProductUpdated;
import shop.catalog.events.VariantSnapshot;

/** The product's life cycle and its events, decided by the aggregate alone: no Spring, no database. */
class ProductTests {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void aNewProductIsADraftThatAnnouncesNothing() {
        Product product = Product.draft(jacket("49.95"), EUR, MONDAY);

        assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(product.priceFrom()).isEqualByComparingTo("44.00");
        assertThat(product.announcements()).isEmpty();
        assertThat(product.hasAnnouncements()).isFalse();
    }

    @Test
    void aPublishedDraftAnnouncesItsCompleteStateOnce() {
        Product product = saved(Product.draft(jacket("49.95"), EUR, MONDAY));

        product.publish(TUESDAY);

        assertThat(product.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(product.publishedAt()).isEqualTo(TUESDAY);
        assertThat(product.announcements()).singleElement().isInstanceOfSatisfying(ProductPublished.class, published -> {
            assertThat(published.productId()).isEqualTo(7L);
            assertThat(published.slug()).isEqualTo("waxed-jacket");
            assertThat(published.mainImageKey()).isEqualTo("front");
            assertThat(published.publishedAt()).isEqualTo(TUESDAY);
            assertThat(published.variants()).extracting(VariantSnapshot::sku, v -> v.price().amount().toPlainString(),
                            v -> v.price().currency().getCurrencyCode())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("WJ-M", "49.95", "EUR"),
                            org.assertj.core.groups.Tuple.tuple("WJ-L", "44.00", "EUR"));
        });
        product.announced();
        assertThat(product.announcements()).as("published events are not published twice").isEmpty();
    }

    @Test
    void onlyADraftCanBePublished() {
        Product published = saved(Product.draft(jacket("49.95"), EUR, MONDAY));
        published.publish(MONDAY);
        published.announced();

        assertThatThrownBy(() -> published.publish(TUESDAY)).isInstanceOfSatisfying(StatusChangeRefused.class, refused -> {
            assertThat(refused.code()).isEqualTo("catalog.product.publish.refused");
            assertThat(refused.arguments()).containsExactly("published");
        });
        assertThat(published.publishedAt()).as("the first publication stays").isEqualTo(MONDAY);
        assertThat(published.announcements()).isEmpty();

        published.retire(TUESDAY);
        assertThatThrownBy(() -> published.publish(TUESDAY)).isInstanceOf(StatusChangeRefused.class);
        assertThat(published.status()).isEqualTo(ProductStatus.RETIRED);
    }

    @Test
    void onlyAPublishedProductCanBeRetiredAndRetiringAnnouncesItsSkus() {
        Product product = saved(Product.draft(jacket("49.95"), EUR, MONDAY));

        assertThatThrownBy(() -> product.retire(MONDAY)).isInstanceOfSatisfying(StatusChangeRefused.class, refused -> {
            assertThat(refused.code()).isEqualTo("catalog.product.retire.refused");
            assertThat(refused.arguments()).containsExactly("draft");
        });
        assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(product.announcements()).isEmpty();

        product.publish(MONDAY);
        product.announced();
        product.retire(TUESDAY);
        assertThat(product.announcements()).singleElement().isInstanceOfSatisfying(ProductRetired.class, retired ->
                assertThat(retired.skus()).containsExactly("WJ-M", "WJ-L"));
        product.announced();
        assertThatThrownBy(() -> product.retire(TUESDAY)).isInstanceOf(StatusChangeRefused.class);
    }

    @Test
    void noProductGoesBackToDraftAndStayingPutChangesNothing() {
        Product product = saved(Product.draft(jacket("49.95"), EUR, MONDAY));
        product.moveTo(ProductStatus.DRAFT, TUESDAY);
        assertThat(product.announcements()).isEmpty();
        assertThatThrownBy(() -> product.moveTo(ProductStatus.RETIRED, TUESDAY)).isInstanceOf(StatusChangeRefused.class);

        product.moveTo(ProductStatus.PUBLISHED, TUESDAY);
        assertThat(product.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThatThrownBy(() -> product.moveTo(ProductStatus.DRAFT, TUESDAY))
                .isInstanceOfSatisfying(StatusChangeRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("catalog.product.status.transition"));
    }

    @Test
    void revisingADraftAnnouncesNothingButRevisingAPublishedProductAnnouncesItsNewState() {
        Product product = saved(Product.draft(jacket("49.95"), EUR, MONDAY));
        product.revise(jacket("39.00"), EUR, MONDAY);
        assertThat(product.announcements()).isEmpty();

        product.publish(MONDAY);
        product.announced();
        product.revise(jacket("35.50"), EUR, TUESDAY);

        assertThat(product.priceFrom()).isEqualByComparingTo("35.50");
        assertThat(product.announcements()).singleElement().isInstanceOfSatisfying(ProductUpdated.class, updated -> {
            assertThat(updated.updatedAt()).isEqualTo(TUESDAY);
            assertThat(updated.variants().getFirst().price().amount()).isEqualByComparingTo("35.50");
        });
    }

    @Test
    void variantsKeepTheirStockFlagBySkuWhenRevised() {
        Product product = new Product(7L, "waxed-jacket", "Waxed Jacket", "", "", Attributes.NONE, 1, ProductStatus.DRAFT,
                null, null, new BigDecimal("44.00"), MONDAY, MONDAY, null,
                List.of(new Product.Variant("WJ-M", Attributes.NONE, new BigDecimal("49.95"), null, "EUR", false),
                        new Product.Variant("WJ-L", Attributes.NONE, new BigDecimal("44.00"), null, "EUR", true)),
                List.of());

        product.revise(jacket("49.95"), EUR, TUESDAY);

        assertThat(product.variants()).extracting(Product.Variant::sku, Product.Variant::inStock)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WJ-M", false),
                        org.assertj.core.groups.Tuple.tuple("WJ-L", true));
    }

    @Test
    void withdrawingRetiresAPublishedProductDeletesADraftAndLeavesARetiredOne() {
        Product draft = saved(Product.draft(jacket("49.95"), EUR, MONDAY));
        assertThat(draft.withdraw(TUESDAY)).isEqualTo(Product.Withdrawal.DELETE);
        assertThat(draft.announcements()).isEmpty();

        Product published = saved(Product.draft(jacket("49.95"), EUR, MONDAY));
        published.publish(MONDAY);
        published.announced();
        assertThat(published.withdraw(TUESDAY)).isEqualTo(Product.Withdrawal.RETIRED);
        assertThat(published.status()).isEqualTo(ProductStatus.RETIRED);
        assertThat(published.announcements()).singleElement().isInstanceOf(ProductRetired.class);
        published.announced();

        assertThat(published.withdraw(TUESDAY)).isEqualTo(Product.Withdrawal.NONE);
        assertThat(published.announcements()).isEmpty();
    }

    @Test
    void theLifeCycleTableAllowsExactlyTwoMoves() {
        for (ProductStatus from : ProductStatus.values()) {
            for (ProductStatus to : ProductStatus.values()) {
                boolean expected = from == ProductStatus.DRAFT && to == ProductStatus.PUBLISHED
                        || from == ProductStatus.PUBLISHED && to == ProductStatus.RETIRED;
                assertThat(from.canBecome(to)).as(from + " → " + to).isEqualTo(expected);
            }
        }
    }

    /** The product as the repository returns it after its first save: with an id. */
    private static Product saved(Product product) {
        return new Product(7L, product.slug(), product.name(), "Harbour", "", Attributes.NONE, 1, product.status(), null,
                null, product.priceFrom(), MONDAY, MONDAY, product.publishedAt(), product.variants(), product.images());
    }

    private static NewProduct jacket(String mediumPrice) {
        return new NewProduct("waxed-jacket", "Waxed Jacket", "Harbour", "Keeps the rain out.", Map.of("material", "cotton"),
                1, List.of(new NewVariant("WJ-M", Map.of("size", "M"), new BigDecimal(mediumPrice), null),
                        new NewVariant("WJ-L", Map.of("size", "L"), new BigDecimal("44.00"), null)),
                List.of("front", "back"), null, null);
    }
}

package testsupport;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements each thread runs, so a test can check that a page (run by MockMvc on the test's
 * own thread) takes a few queries and not one per product.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounting {

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
                        ? ProxyDataSourceBuilder.create(dataSource).name(name).countQuery().build()
                        : bean;
            }
        };
    }

    /** Statements run on this thread since the last {@link #reset()}. */
    public static long statements() {
        return QueryCountHolder.getGrandTotal().getTotal();
    }

    public static void reset() {
        QueryCountHolder.clear();
    }
}

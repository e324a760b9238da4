package shop.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.cache.CacheManager;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import shop.catalog.NewProduct.NewVariant;

/**
 * Fills an empty catalog with a realistic, deterministic assortment: the same seed gives the same shop.
 * Never touches a catalog that has categories; of several nodes starting at once, one fills it. Its products
 * are marked as demo products with the kind and colour of the pictures they should show ({@link DemoImages}
 * gives them the media module's drawings, now or when those arrive) and get made-up sales figures, so that
 * the home page has best sellers before the shop has sold anything.
 */
@Component
@Order(10)
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final CatalogSettings settings;
    private final Assortment assortment;
    private final SearchVocabulary vocabulary;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CacheManager caches;
    private final DemoImages demoImages;

    DemoCatalog(CatalogSettings settings, Assortment assortment, SearchVocabulary vocabulary, JdbcClient jdbc,
            TransactionTemplate transaction, CacheManager caches, DemoImages demoImages) {
        this.settings = settings;
        this.assortment = assortment;
        this.vocabulary = vocabulary;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.caches = caches;
        this.demoImages = demoImages;
    }

    @Override
    public void run(ApplicationArguments args) {
        int products = settings.demo().products();
        if (products <= 0) {
            return;
        }
        Boolean filled = transaction.execute(tx -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('shop.catalog.demo'))").query(Object.class).single();
            if (jdbc.sql("select exists (select 1 from catalog.category)").query(Boolean.class).single()) {
                return false;
            }
            long started = System.nanoTime();
            generate(products, new SplittableRandom(settings.demo().seed()));
            vocabulary.rebuild();
            int images = demoImages.assignMissing();
            log.info("Generated a demo catalog of {} products ({} images from demo pictures known so far) in {} ms",
                    products, images, (System.nanoTime() - started) / 1_000_000);
            return true;
        });
        if (Boolean.TRUE.equals(filled)) {
            caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
        }
    }

    private void generate(int count, SplittableRandom random) {
        List<Shelf> shelves = new ArrayList<>();
        int position = 0;
        for (Department department : DEPARTMENTS) {
            long parent = assortment.addCategory(null, slug(department.name()), department.name(), department.description(),
                    position++);
            int childPosition = 0;
            for (Kind kind : department.kinds()) {
                long id = assortment.addCategory(parent, slug(kind.category()), kind.category(),
                        kind.category() + " from " + String.join(", ", BRANDS.subList(0, 3)) + " and more.", childPosition++);
                shelves.add(new Shelf(id, kind));
            }
        }
        // Sales figures come from a generator of their own, so the products stay those the seed always gave
        SplittableRandom sales = new SplittableRandom(settings.demo().seed() ^ SALES_STREAM);
        List<DemoImages.DemoProduct> demoProducts = new ArrayList<>(count);
        List<Long> soldIds = new ArrayList<>(count);
        List<Long> soldUnits = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            Shelf shelf = shelves.get(random.nextInt(shelves.size()));
            NewProduct product = product(n, shelf, random);
            long id = assortment.addPublishedProduct(product);
            demoProducts.add(new DemoImages.DemoProduct(id, shelf.kind().picture(), pictureColour(product)));
            soldIds.add(id);
            soldUnits.add(unitsSold(sales));
        }
        demoImages.markAsDemo(demoProducts);
        jdbc.sql("insert into catalog.product_sales (product_id, units_sold) select * from unnest(?::bigint[], ?::bigint[])")
                .params(soldIds.toArray(Long[]::new), soldUnits.toArray(Long[]::new))
                .update();
    }

    private static final long SALES_STREAM = 0x5A1E5L;

    /** Made-up units sold: most products a few dozen, a handful several hundred, as in a real shop. */
    static long unitsSold(SplittableRandom sales) {
        return Math.round(Math.pow(sales.nextDouble(), 6) * 1_200) + sales.nextInt(25);
    }

    /** The colour of a demo product as the demo pictures name it: {@code forest-green}. */
    private static String pictureColour(NewProduct product) {
        return product.attributes().getOrDefault("colour", "").replace(' ', '-');
    }

    private record Shelf(long categoryId, Kind kind) {
    }

    private NewProduct product(int number, Shelf shelf, SplittableRandom random) {
        Kind kind = shelf.kind();
        String brand = pick(BRANDS, random);
        String material = pick(kind.materials(), random);
        String colour = pick(COLOURS, random);
        String name = pick(kind.styles(), random) + " " + material + " " + pick(kind.nouns(), random);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("material", material.toLowerCase(Locale.ROOT));
        attributes.put("colour", colour.toLowerCase(Locale.ROOT));
        kind.extra().forEach((key, values) -> attributes.put(key, pick(values, random)));
        attributes.put("weight", (200 + random.nextInt(kind.maxWeightGrams())) + " g");

        BigDecimal base = BigDecimal.valueOf(kind.minPrice() + random.nextInt(kind.maxPrice() - kind.minPrice()))
                .add(new BigDecimal("0.95"));
        boolean onSale = random.nextInt(6) == 0;
        BigDecimal compareAt = onSale ? base.multiply(new BigDecimal("1.25")).setScale(0, RoundingMode.UP)
                .add(new BigDecimal("0.95")) : null;
        String skuStem = brand.substring(0, 3).toUpperCase(Locale.ROOT) + "-" + (10_000 + number);
        List<NewVariant> variants = new ArrayList<>();
        List<String> sizes = kind.sizes().isEmpty() ? List.of("") : kind.sizes();
        for (String size : sizes) {
            BigDecimal price = size.equals("XXL") ? base.add(BigDecimal.TEN) : base;
            variants.add(size.isEmpty()
                    ? new NewVariant(skuStem, Map.of(), price, compareAt)
                    : new NewVariant(skuStem + "-" + size, Map.of("size", size), price, compareAt));
        }
        String description = "%s %s by %s, made of %s in %s. %s".formatted(pick(OPENERS, random),
                name.toLowerCase(Locale.ROOT), brand, material.toLowerCase(Locale.ROOT), colour.toLowerCase(Locale.ROOT),
                pick(CLOSERS, random));
        return new NewProduct(slug(name) + "-" + number, name, brand, description, attributes, shelf.categoryId(),
                variants, List.of(), name + " by " + brand, description);
    }

    private static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private record Department(String name, String description, List<Kind> kinds) {
    }

    /** A kind of product; {@code picture} names the subject of the demo pictures that show it. */
    private record Kind(String category, String picture, List<String> nouns, List<String> styles, List<String> materials,
            Map<String, List<String>> extra, List<String> sizes, int minPrice, int maxPrice, int maxWeightGrams) {
    }

    private static final List<String> APPAREL_SIZES = List.of("XS", "S", "M", "L", "XL", "XXL");
    private static final List<String> SHOE_SIZES = List.of("38", "39", "40", "41", "42", "43", "44", "45", "46");

    private static final List<String> BRANDS = List.of("Northwind", "Fjellstad", "Harbour & Pine", "Kestrel",
            "Alder Works", "Moorland", "Bright Ember", "Oak & Thread", "Saltmarsh", "Tindra");

    private static final List<String> COLOURS = List.of("Black", "Navy", "Olive", "Sand", "Rust", "Forest green",
            "Charcoal", "Cream", "Slate blue", "Burgundy");

    private static final List<String> OPENERS = List.of("A dependable", "A thoughtfully made", "An everyday",
            "A hard-wearing", "A lightweight", "A timeless");

    private static final List<String> CLOSERS = List.of("Built to be repaired rather than replaced.",
            "Tested through a full season before it reached our shelves.",
            "Made in small batches by people who care.", "Comes with a two-year guarantee.",
            "Easy to care for and made to last.");

    private static final List<Department> DEPARTMENTS = List.of(
            new Department("Clothing", "Clothes for every day and every weather.", List.of(
                    new Kind("Jackets", "jacket", List.of("Jacket", "Field Jacket", "Parka", "Anorak", "Shell Jacket"),
                            List.of("Waxed", "Quilted", "Packable", "Insulated", "Classic", "Storm"),
                            List.of("Cotton", "Wool", "Nylon", "Recycled Polyester", "Canvas"),
                            Map.of("fit", List.of("regular", "relaxed", "slim"), "waterproof", List.of("yes", "no")),
                            APPAREL_SIZES, 69, 329, 1200),
                    new Kind("Shirts", "shirt", List.of("Shirt", "Overshirt", "Oxford Shirt", "Flannel Shirt"),
                            List.of("Brushed", "Classic", "Garment-dyed", "Button-down", "Relaxed"),
                            List.of("Cotton", "Linen", "Flannel", "Chambray"),
                            Map.of("fit", List.of("regular", "relaxed", "slim"), "collar", List.of("button-down", "spread", "band")),
                            APPAREL_SIZES, 39, 129, 300),
                    new Kind("Trousers", "trousers", List.of("Chinos", "Trousers", "Cargo Pants", "Work Pants"),
                            List.of("Tapered", "Straight", "Relaxed", "Stretch", "Pleated"),
                            List.of("Cotton Twill", "Corduroy", "Canvas", "Wool"),
                            Map.of("fit", List.of("regular", "relaxed", "slim")),
                            APPAREL_SIZES, 49, 159, 600),
                    new Kind("Knitwear", "sweater", List.of("Sweater", "Cardigan", "Jumper", "Roll Neck"),
                            List.of("Chunky", "Fine-knit", "Fisherman", "Cable-knit", "Crew-neck"),
                            List.of("Merino", "Lambswool", "Cotton", "Alpaca"),
                            Map.of("fit", List.of("regular", "relaxed")),
                            APPAREL_SIZES, 59, 219, 700))),
            new Department("Footwear", "Boots and shoes made to walk far.", List.of(
                    new Kind("Boots", "boot", List.of("Boots", "Chelsea Boots", "Hiking Boots", "Work Boots"),
                            List.of("Rugged", "Classic", "Waterproof", "Lightweight"),
                            List.of("Leather", "Suede", "Nubuck"),
                            Map.of("sole", List.of("rubber", "vibram", "leather"), "waterproof", List.of("yes", "no")),
                            SHOE_SIZES, 119, 349, 1600),
                    new Kind("Sneakers", "sneaker", List.of("Sneakers", "Trainers", "Runners", "Court Shoes"),
                            List.of("Low-top", "Retro", "Minimal", "Trail"),
                            List.of("Canvas", "Leather", "Recycled Mesh", "Suede"),
                            Map.of("sole", List.of("rubber", "foam")),
                            SHOE_SIZES, 59, 189, 900))),
            new Department("Outdoor", "Gear for trails, camps and long days outside.", List.of(
                    new Kind("Backpacks", "backpack", List.of("Backpack", "Daypack", "Rucksack", "Roll-top Pack"),
                            List.of("Alpine", "Commuter", "Trail", "Expedition", "Everyday"),
                            List.of("Nylon", "Waxed Canvas", "Recycled Polyester", "Cordura"),
                            Map.of("capacity", List.of("15 l", "22 l", "30 l", "45 l")),
                            List.of(), 49, 249, 1500),
                    new Kind("Tents", "tent", List.of("Tent", "Tarp Shelter", "Tunnel Tent", "Dome Tent"),
                            List.of("Ultralight", "Four-season", "Family", "Trekking"),
                            List.of("Ripstop Nylon", "Polyester", "Cotton Canvas"),
                            Map.of("sleeps", List.of("1", "2", "3", "4"), "seasons", List.of("3", "4")),
                            List.of(), 129, 899, 4000),
                    new Kind("Sleeping bags", "sleeping-bag", List.of("Sleeping Bag", "Quilt", "Mummy Bag"),
                            List.of("Down", "Synthetic", "Compact", "Winter"),
                            List.of("Duck Down", "Goose Down", "Synthetic Fill"),
                            Map.of("comfort", List.of("-5 °C", "0 °C", "5 °C", "10 °C")),
                            List.of(), 89, 499, 1800))),
            new Department("Home", "Things that make a home feel like one.", List.of(
                    new Kind("Kitchen", "pot", List.of("Skillet", "Chef's Knife", "Dutch Oven", "Chopping Board", "Kettle"),
                            List.of("Cast", "Hand-forged", "Enamelled", "Classic"),
                            List.of("Cast Iron", "Carbon Steel", "Oak", "Stainless Steel"),
                            Map.of("dishwasher-safe", List.of("yes", "no")),
                            List.of(), 19, 249, 3000),
                    new Kind("Lighting", "lamp", List.of("Table Lamp", "Pendant Light", "Floor Lamp", "Lantern"),
                            List.of("Scandinavian", "Industrial", "Minimal", "Vintage"),
                            List.of("Brass", "Oak", "Ceramic", "Linen"),
                            Map.of("bulb", List.of("E27", "E14", "integrated LED")),
                            List.of(), 39, 299, 2500),
                    new Kind("Textiles", "blanket", List.of("Blanket", "Throw", "Cushion Cover", "Table Runner"),
                            List.of("Woven", "Knitted", "Stonewashed", "Herringbone"),
                            List.of("Wool", "Linen", "Cotton", "Mohair"),
                            Map.of(), List.of(), 19, 189, 1200))));
}

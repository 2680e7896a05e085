package dev.baton.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The fixed lists the demo data is drawn from: destinations, trip categories, names, countries and cities. */
final class DemoCatalog {
    /** A trip category as in the data model's enum, with the typical length and price per day of such a trip. */
    record Category(String name, String phrase, int minimumDays, int maximumDays, int minimumDailyRate,
            int maximumDailyRate) {}

    /** A destination and the trip categories that make sense there. */
    record Destination(String name, String country, String region, List<String> categories) {}

    /** A variant of a trip, so that one destination can offer the same category more than once. */
    record Style(String prefix, double priceFactor) {}

    /** A trip before its seed-dependent duration and price are drawn. */
    record Trip(long tripId, long destinationId, String name, Category category, Style style) {}

    /** A country of residence, how often it occurs (out of 100) and its cities, the most populous first. */
    record Country(String code, int weight, List<String> cities) {}

    static final int TRIPS_PER_DESTINATION = 5;

    static final List<Category> CATEGORIES = List.of(
            new Category("beach", "beach escape", 5, 14, 80, 180),
            new Category("city", "city break", 2, 5, 90, 210),
            new Category("adventure", "adventure", 7, 18, 100, 220),
            new Category("cruise", "cruise", 7, 21, 120, 260),
            new Category("ski", "ski week", 4, 10, 130, 280),
            new Category("culture", "cultural tour", 4, 12, 90, 190));

    static final List<Style> STYLES = List.of(
            new Style("", 1.0),
            new Style("premium ", 1.35),
            new Style("family ", 1.1),
            new Style("budget ", 0.75),
            new Style("luxury ", 1.8));

    static final List<Destination> DESTINATIONS = List.of(
            new Destination("Lisbon", "PT", "Europe", List.of("city", "culture", "beach")),
            new Destination("Barcelona", "ES", "Europe", List.of("city", "beach", "culture")),
            new Destination("Seville", "ES", "Europe", List.of("city", "culture")),
            new Destination("Mallorca", "ES", "Europe", List.of("beach", "adventure")),
            new Destination("Paris", "FR", "Europe", List.of("city", "culture")),
            new Destination("Nice", "FR", "Europe", List.of("beach", "city")),
            new Destination("Chamonix", "FR", "Europe", List.of("ski", "adventure")),
            new Destination("Rome", "IT", "Europe", List.of("city", "culture")),
            new Destination("Florence", "IT", "Europe", List.of("culture", "city")),
            new Destination("Amalfi Coast", "IT", "Europe", List.of("beach", "culture")),
            new Destination("Dolomites", "IT", "Europe", List.of("ski", "adventure")),
            new Destination("Santorini", "GR", "Europe", List.of("beach", "cruise")),
            new Destination("Dubrovnik", "HR", "Europe", List.of("city", "cruise", "beach")),
            new Destination("Reykjavík", "IS", "Europe", List.of("adventure", "city")),
            new Destination("Zermatt", "CH", "Europe", List.of("ski", "adventure")),
            new Destination("Vienna", "AT", "Europe", List.of("city", "culture")),
            new Destination("Prague", "CZ", "Europe", List.of("city", "culture")),
            new Destination("Amsterdam", "NL", "Europe", List.of("city", "culture")),
            new Destination("Edinburgh", "GB", "Europe", List.of("city", "culture")),
            new Destination("Norwegian Fjords", "NO", "Europe", List.of("cruise", "adventure")),
            new Destination("Istanbul", "TR", "Europe", List.of("city", "culture")),
            new Destination("Tokyo", "JP", "Asia", List.of("city", "culture")),
            new Destination("Kyoto", "JP", "Asia", List.of("culture")),
            new Destination("Niseko", "JP", "Asia", List.of("ski")),
            new Destination("Bali", "ID", "Asia", List.of("beach", "culture", "adventure")),
            new Destination("Phuket", "TH", "Asia", List.of("beach")),
            new Destination("Bangkok", "TH", "Asia", List.of("city", "culture")),
            new Destination("Hanoi", "VN", "Asia", List.of("city", "culture", "adventure")),
            new Destination("Maldives", "MV", "Asia", List.of("beach", "cruise")),
            new Destination("Dubai", "AE", "Asia", List.of("city", "beach")),
            new Destination("Singapore", "SG", "Asia", List.of("city", "cruise")),
            new Destination("Kathmandu", "NP", "Asia", List.of("adventure", "culture")),
            new Destination("Rajasthan", "IN", "Asia", List.of("culture")),
            new Destination("Marrakech", "MA", "Africa", List.of("city", "culture")),
            new Destination("Cape Town", "ZA", "Africa", List.of("city", "adventure", "beach")),
            new Destination("Serengeti", "TZ", "Africa", List.of("adventure")),
            new Destination("Zanzibar", "TZ", "Africa", List.of("beach")),
            new Destination("Cairo", "EG", "Africa", List.of("culture", "cruise")),
            new Destination("Mauritius", "MU", "Africa", List.of("beach")),
            new Destination("Victoria Falls", "ZW", "Africa", List.of("adventure")),
            new Destination("Seychelles", "SC", "Africa", List.of("beach", "cruise")),
            new Destination("New York", "US", "North America", List.of("city", "culture")),
            new Destination("Miami", "US", "North America", List.of("beach", "city", "cruise")),
            new Destination("Yellowstone", "US", "North America", List.of("adventure")),
            new Destination("Aspen", "US", "North America", List.of("ski")),
            new Destination("Banff", "CA", "North America", List.of("ski", "adventure")),
            new Destination("Vancouver", "CA", "North America", List.of("city", "adventure", "cruise")),
            new Destination("Cancún", "MX", "North America", List.of("beach")),
            new Destination("Havana", "CU", "North America", List.of("culture", "city")),
            new Destination("Rio de Janeiro", "BR", "South America", List.of("city", "beach")),
            new Destination("Machu Picchu", "PE", "South America", List.of("adventure", "culture")),
            new Destination("Patagonia", "AR", "South America", List.of("adventure", "cruise")),
            new Destination("Buenos Aires", "AR", "South America", List.of("city", "culture")),
            new Destination("Galápagos", "EC", "South America", List.of("cruise", "adventure")),
            new Destination("Cartagena", "CO", "South America", List.of("beach", "culture")),
            new Destination("Sydney", "AU", "Oceania", List.of("city", "beach")),
            new Destination("Great Barrier Reef", "AU", "Oceania", List.of("beach", "adventure")),
            new Destination("Queenstown", "NZ", "Oceania", List.of("adventure", "ski")),
            new Destination("Fiji", "FJ", "Oceania", List.of("beach", "cruise")),
            new Destination("Bora Bora", "PF", "Oceania", List.of("beach")));

    static final List<String> FIRST_NAMES = List.of(
            "Anna", "Zoë", "Liam", "Emma", "Noah", "Olivia", "Lucas", "Sofia", "Léa", "Hugo",
            "Chloé", "Mateo", "Lucía", "José", "María", "Giulia", "Marco", "Francesca", "Lorenzo", "Hannah",
            "Lukas", "Jonas", "Mia", "Felix", "Sophie", "Oliver", "Amelia", "Jack", "Isla", "Freya",
            "Siobhán", "Seán", "Aoife", "Lars", "Ingrid", "Sven", "Astrid", "Jan", "Eva", "Pieter",
            "Daan", "Inês", "João", "Tomás", "Ana", "Aisha", "Omar", "Yuki", "Wei", "Priya");

    static final List<String> LAST_NAMES = List.of(
            "Smith", "Jones", "Brown", "Taylor", "Wilson", "O'Brien", "Murphy", "Kelly", "Müller", "Schmidt",
            "Schneider", "Fischer", "Weber", "Becker", "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Lefèvre",
            "García", "Martínez", "López", "Sánchez", "Fernández", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi",
            "De Vries", "Jansen", "Van den Berg", "Peeters", "Silva", "Santos", "Ferreira", "Andersson", "Johansson",
            "Nilsson", "Kowalski", "Nowak", "Novák", "Gruber", "Huber", "Meier", "D'Angelo", "Nguyen", "Kim",
            "Johnson");

    static final List<Country> COUNTRIES = List.of(
            new Country("FR", 17, List.of("Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes")),
            new Country("DE", 15, List.of("Berlin", "Munich", "Hamburg", "Cologne", "Frankfurt", "Stuttgart", "Düsseldorf")),
            new Country("GB", 14, List.of("London", "Manchester", "Birmingham", "Glasgow", "Edinburgh", "Bristol", "Leeds")),
            new Country("ES", 10, List.of("Madrid", "Barcelona", "Valencia", "Seville", "Bilbao", "Málaga")),
            new Country("IT", 10, List.of("Rome", "Milan", "Naples", "Turin", "Florence", "Bologna")),
            new Country("US", 10, List.of("New York", "Los Angeles", "Chicago", "Boston", "San Francisco", "Miami", "Seattle")),
            new Country("NL", 4, List.of("Amsterdam", "Rotterdam", "The Hague", "Utrecht")),
            new Country("BE", 4, List.of("Brussels", "Antwerp", "Ghent", "Liège")),
            new Country("PT", 3, List.of("Lisbon", "Porto", "Braga", "Coimbra")),
            new Country("CH", 3, List.of("Zurich", "Geneva", "Basel", "Lausanne")),
            new Country("SE", 2, List.of("Stockholm", "Gothenburg", "Malmö")),
            new Country("IE", 2, List.of("Dublin", "Cork", "Galway")),
            new Country("CA", 2, List.of("Toronto", "Montreal", "Vancouver")),
            new Country("AT", 2, List.of("Vienna", "Graz", "Salzburg", "Innsbruck")),
            new Country("PL", 2, List.of("Warsaw", "Kraków", "Gdańsk", "Wrocław")));

    private DemoCatalog() {}

    /**
     * Every destination offers {@value #TRIPS_PER_DESTINATION} trips, cycling through its categories; a category seen
     * again gets the next style so that names stay distinct ("Lisbon city break", "Lisbon premium city break").
     */
    static List<Trip> trips() {
        List<Trip> trips = new ArrayList<>();
        for (int destinationIndex = 0; destinationIndex < DESTINATIONS.size(); destinationIndex++) {
            Destination destination = DESTINATIONS.get(destinationIndex);
            List<String> categories = destination.categories();
            for (int tripIndex = 0; tripIndex < TRIPS_PER_DESTINATION; tripIndex++) {
                Category category = category(categories.get(tripIndex % categories.size()));
                Style style = STYLES.get(tripIndex / categories.size());
                long tripId = (long) destinationIndex * TRIPS_PER_DESTINATION + tripIndex + 1;
                trips.add(new Trip(tripId, destinationIndex + 1, destination.name() + " " + style.prefix()
                        + category.phrase(), category, style));
            }
        }
        return trips;
    }

    static Category category(String name) {
        return CATEGORIES.stream().filter(category -> category.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown trip category " + name));
    }

    /** One country per percent, so that a uniform draw in 0..99 follows the weights. */
    static List<Country> countrySlots() {
        List<Country> slots = new ArrayList<>();
        for (Country country : COUNTRIES) {
            for (int slot = 0; slot < country.weight(); slot++) {
                slots.add(country);
            }
        }
        if (slots.size() != 100) {
            throw new IllegalStateException("country weights must add up to 100, got " + slots.size());
        }
        return slots;
    }

    /** The name as it may appear in an email address: lowercase ASCII letters only ("O'Brien" gives "obrien"). */
    static String emailPart(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("[^a-z]", "");
    }
}

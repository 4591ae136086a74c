package io.typedoo.testkit.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the demo data of a server answering as Odoo 19 has in place of Odoo 18's, laid over {@link DemoData}: the
 * partners, users and countries as the Odoo 19 recordings ({@code odoo-wire/json2/}) show them. Everything else
 * (models, groups, titles, tags, languages, modules, the company) is Odoo 18's demo data unchanged.
 *
 * <p>Odoo 19's demo database has no default user template, so the partners and users after it come one id
 * earlier: demo is uid 5 with partner 6, the portal user uid 6 with partner 7, and the companies start at
 * partner 8. It has ten companies (Deco Addict is now Acme Corporation), three of them outside the US
 * (Liechtenstein, Montenegro, San Marino), and its 25 contacts all belong to a company. Where the recordings
 * show no value (which company is in which of those three countries, the name of the company Odoo 19 added
 * as partner 13, most job titles and phones) the values here are the testkit's own, chosen to agree with every
 * recorded answer.
 */
final class Odoo19DemoData {

    /** The demo user's uid in Odoo 19's demo database. */
    static final long DEMO_UID = 5;
    /** When the admin last logged in (to create the API key the recordings use). */
    private static final String ADMIN_LOGIN = "2026-11-30 09:36:12";

    private static final long US = 233;
    private static final long BELGIUM = 20;
    private static final long LIECHTENSTEIN = 128;
    private static final long MONTENEGRO = 139;
    private static final long SAN_MARINO = 203;

    private final DemoData demo;
    private final Store store;

    Odoo19DemoData(DemoData demo) {
        this.demo = demo;
        this.store = demo.engine().store();
    }

    /** Odoo 19's countries, partners and users, in place of Odoo 18's. */
    void partnersAndUsers() {
        countries();
        partners();
        users();
    }

    /**
     * What has to wait for the rest of the demo data: external ids, currency rates, sequences (the recordings'
     * database had opened the language wizard once before).
     */
    void afterInstall() {
        externalId("res.users", "default_user", null);
        externalId("res.users", "template_portal_user_id", 4L);
        externalId("res.users", "user_demo", DEMO_UID);
        externalId("res.users", "demo_user0", 6L);
        externalId("res.partner", "partner_demo", 6L);
        externalId("res.partner", "partner_demo_portal", 7L);
        externalId("res.country", "be", BELGIUM);
        long next = store.nextId("ir.model.data");
        for (Object[] country : new Object[][] {{"by", 36L}, {"li", LIECHTENSTEIN}, {"me", MONTENEGRO},
            {"sm", SAN_MARINO}}) {
            demo.put("ir.model.data", next++, "module", "base", "name", country[0], "model", "res.country",
                    "res_id", country[1], "noupdate", true);
        }
        // Odoo 19's demo rates: 5.864 bolívares to the dollar.
        Map<String, Object> vef = new LinkedHashMap<>(store.row("res.currency", 2));
        vef.put("rate", 5.864);
        store.put("res.currency", 2, vef);
        // The recordings' database had made and deleted 8 to-dos and 4 tags before: new ones start where
        // Odoo's did, so a replay creates the same ids.
        store.setNextId("todo.task", 9);
        store.setNextId("todo.task.tag", 5);
        store.setNextId(LanguageWizard.MODEL, 2);
    }

    /** Belgium one id earlier, and the countries of Odoo 19's companies outside the US (and Belarus). */
    private void countries() {
        Map<String, Object> belgium = new LinkedHashMap<>(store.row("res.country", 21));
        store.put("res.country", 21, null);
        belgium.put("id", BELGIUM);
        store.put("res.country", BELGIUM, belgium);
        Object[][] countries = {
            {36L, "Belarus", "BY", 375L}, {LIECHTENSTEIN, "Liechtenstein", "LI", 423L},
            {MONTENEGRO, "Montenegro", "ME", 382L}, {SAN_MARINO, "San Marino", "SM", 378L},
        };
        for (Object[] c : countries) {
            demo.put("res.country", (Long) c[0], "name", c[1], "code", c[2], "phone_code", c[3]);
        }
        demo.translate("res.country", "name", "fr_FR", "Belarus", "Biélorussie", "Liechtenstein", "Liechtenstein",
                "Montenegro", "Monténégro", "San Marino", "Saint-Marin");
    }

    private void partners() {
        demo.put("res.partner", 1, "name", "YourCompany", "is_company", true, "email", "info@yourcompany.com",
                "website", "http://www.example.com", "street", "250 Executive Park Blvd, Suite 3400",
                "city", "San Francisco", "zip", "94134", "country_id", US, "phone", "+1 555-555-5556",
                "image_128", DemoData.companyLogo());
        demo.put("res.partner", 2, "name", "OdooBot", "active", false, "email", "odoobot@example.com");
        demo.put("res.partner", 3, "name", "Mitchell Admin", "email", "admin@yourcompany.example.com",
                "function", "Chief Executive Officer", "country_id", US, "city", "Scranton");
        demo.put("res.partner", 4, "name", "Public user", "active", false);
        demo.put("res.partner", 5, "name", "Portal User Template", "active", false);
        demo.put("res.partner", 6, "name", "Marc Demo", "email", "mark.brown23@example.com", "country_id", US);
        demo.put("res.partner", 7, "name", "Joel Willis", "email", "joel.willis63@example.com", "country_id", US);
        Map<String, Object> woodCorner = demo.company(8, "Wood Corner", "wood.corner26@example.com", "Turlock",
                List.of(6L, 7L));
        woodCorner.put("image_128", DemoData.image("wood-corner-logo.png"));
        store.put("res.partner", 8, woodCorner);
        demo.company(9, "Acme Corporation", "acme.corporation@example.com", "Pleasant Hill", List.of(5L));
        abroad(10, demo.company(10, "Gemini Furniture", "info@gemini-furniture.com", "Vaduz", List.of(5L)),
                LIECHTENSTEIN);
        demo.company(11, "Ready Mat", "ready.mat28@example.com", "Tracy", List.of(2L));
        Map<String, Object> openWood = demo.company(12, "OpenWood", "openwood@example.com", "Podgorica", List.of());
        openWood.put("website", "http://www.openwood.example.com");
        abroad(12, openWood, MONTENEGRO);
        abroad(13, demo.company(13, "Mount Titano Traders", "titano.traders@example.com", "San Marino", List.of()),
                SAN_MARINO);
        demo.company(14, "The Jackson Group", "jackson.group82@example.com", "Ocean City", List.of(4L));
        demo.company(15, "Azure Interior", "azure.Interior24@example.com", "Fremont", List.of(6L));
        demo.company(16, "Lumber Inc", "lumber-inv92@example.com", "Stockton", List.of(1L));
        Object[][] contacts = {
            {17L, "Willie Burke", 8L, "Service Manager", "(846)-523-2111"},
            {18L, "Ron Gibson", 8L, "Store Manager", "(976)-397-4091"},
            {19L, "Douglas Fletcher", 9L}, {20L, "Floyd Steward", 9L}, {21L, "Addison Olson", 9L},
            {22L, "Edwin Hansen", 10L}, {23L, "Jesse Brown", 10L}, {24L, "Oscar Morgan", 10L},
            {25L, "Soham Palmer", 10L}, {26L, "Billy Fox", 11L}, {27L, "Edith Sanchez", 11L},
            {28L, "Julie Richards", 11L}, {29L, "Kim Snyder", 11L}, {30L, "Sandra Neal", 11L},
            {31L, "Theodore Gardner", 11L}, {32L, "Travis Mendoza", 11L}, {33L, "Tom Ruiz", 8L},
            {34L, "Gordon Owens", 14L}, {35L, "Toni Rhodes", 14L}, {36L, "Brandon Freeman", 15L},
            {37L, "Colleen Diaz", 15L}, {38L, "Nicole Ford", 15L}, {39L, "Lorraine Douglas", 16L},
            {40L, "Chester Reed", 13L}, {41L, "Dwayne Newman", 13L},
        };
        for (Object[] c : contacts) {
            String name = (String) c[1];
            long company = (Long) c[2];
            String email = c[0].equals(18L) ? "ron.gibson76@example.com"
                    : name.toLowerCase(Locale.ROOT).replace(' ', '.') + c[0] + "@example.com";
            demo.put("res.partner", (Long) c[0], "name", name, "parent_id", company, "email", email,
                    "country_id", store.row("res.partner", company).get("country_id"),
                    "function", c.length > 3 ? c[3] : "Sales Manager", "phone", c.length > 4 ? c[4] : null);
        }
    }

    private void abroad(long id, Map<String, Object> company, long country) {
        company.put("country_id", country);
        store.put("res.partner", id, company);
    }

    /** Odoo 19's users: no default user template, and groups given without those they imply. */
    private void users() {
        demo.user(1, "__system__", null, "OdooBot", 2, false, List.of(Groups.SETTINGS));
        demo.user(2, "admin", "admin", "Mitchell Admin", 3, true, List.of(Groups.SETTINGS));
        demo.user(3, "public", null, "Public user", 4, false, List.of(Groups.PUBLIC));
        demo.user(4, "portaltemplate", null, "Portal User Template", 5, false, List.of(Groups.PORTAL));
        demo.user(DEMO_UID, "demo", "demo", "Marc Demo", 6, true, List.of(Groups.INTERNAL_USER));
        demo.user(6, "portal", "portal", "Joel Willis", 7, true, List.of(Groups.PORTAL));
        Map<String, Object> admin = new LinkedHashMap<>(store.row("res.users", 2));
        admin.put("login_date", ADMIN_LOGIN);
        store.put("res.users", 2, admin);
        Map<String, Object> woodCorner = new LinkedHashMap<>(store.row("res.partner", 8));
        woodCorner.put("user_id", 2L);
        store.put("res.partner", 8, woodCorner);
    }

    /** Points an external id of {@code base} at another record, or removes it ({@code resId} null). */
    private void externalId(String model, String name, @Nullable Long resId) {
        for (Map<String, Object> row : List.copyOf(store.rows("ir.model.data"))) {
            if (model.equals(row.get("model")) && name.equals(row.get("name")) && "base".equals(row.get("module"))) {
                long id = (Long) row.get("id");
                if (resId == null) {
                    store.put("ir.model.data", id, null);
                } else {
                    Map<String, Object> changed = new LinkedHashMap<>(row);
                    changed.put("res_id", resId);
                    store.put("ir.model.data", id, changed);
                }
            }
        }
    }
}

package io.typedoo.testkit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The built-in models and their demo data, shaped after an Odoo 18 database created with {@code base} and the
 * {@code todo_app} fixture addon with demo data (the one the wire transcripts were recorded on): the same ids,
 * names and counts where the transcripts show them.
 */
final class DemoData {

    /** The timestamp of every demo record. */
    static final String CREATED = "2026-11-30 09:35:48";
    /** The admin's API key recorded in the transcripts (a key of a throw-away local database). */
    static final String ADMIN_API_KEY = "4daaea4e5ca0d8d0cd97404056ed5a81f9264b86";
    /** The demo user's API key: a documented value, like the passwords. */
    static final String DEMO_API_KEY = "2b7c1f4e9a6d3b8c5e0f7a2d4c6b8e1f3a5d7c90";

    private final Engine engine;
    private final Store store;

    private DemoData(Engine engine) {
        this.engine = engine;
        this.store = engine.store();
    }

    static void install(Engine engine) {
        DemoData demo = new DemoData(engine);
        demo.models();
        demo.groups();
        demo.countries();
        demo.titles();
        demo.categories();
        demo.partners();
        demo.users();
        demo.modules();
        engine.addApiKey(2, ADMIN_API_KEY, null, null);
        engine.addApiKey(6, DEMO_API_KEY, null, null);
    }

    // ------------------------------------------------------------------ schema

    private void models() {
        ModelRegistry r = engine.registry();
        Set<Long> internal = Set.of(Groups.INTERNAL_USER);
        Set<Long> nobody = Set.of();
        r.define("ir.model").description("Models").order("model")
                .charField("model").required().label("Model")
                .charField("name").required().label("Model Description")
                .selectionField("state", "manual", "Custom Object", "base", "Base Object").label("Type")
                .booleanField("transient").label("Transient Model")
                .one2manyField("field_id", "ir.model.fields", "model_id").label("Fields")
                .access(new ModelAccess(internal, nobody, nobody, nobody))
                .register();
        r.define("ir.model.fields").description("Fields").order("name")
                .charField("name").required().label("Field Name")
                .charField("field_description").required().label("Field Label")
                .charField("model").required().label("Model Name")
                .many2oneField("model_id", "ir.model").required().label("Model")
                .selectionField("ttype", typeSelection()).required().label("Field Type")
                .charField("relation").label("Related Model")
                .charField("relation_field").label("Relation Field")
                .booleanField("required").label("Required")
                .booleanField("readonly").label("Readonly")
                .booleanField("store").label("Stored")
                .selectionField("state", "manual", "Custom Field", "base", "Base Field").label("Type")
                .access(new ModelAccess(internal, nobody, nobody, nobody))
                .register();
        r.define("res.groups").description("Access Groups").order("name")
                .charField("name").required().label("Name")
                .charField("full_name").label("Group Name")
                .access(new ModelAccess(internal, Set.of(Groups.ACCESS_RIGHTS), Set.of(Groups.ACCESS_RIGHTS),
                        Set.of(Groups.ACCESS_RIGHTS)))
                .register();
        r.define("res.country").description("Country").order("name")
                .charField("name").required().label("Country Name")
                .charField("code").label("Country Code")
                .integerField("phone_code").label("Country Calling Code")
                .access(new ModelAccess(Set.of(Groups.INTERNAL_USER, Groups.PORTAL, Groups.PUBLIC),
                        Set.of(Groups.SETTINGS), Set.of(Groups.SETTINGS), Set.of(Groups.SETTINGS)))
                .register();
        r.define("res.partner.title").description("Partner Title").order("name")
                .charField("name").required().label("Title")
                .charField("shortcut").label("Abbreviation")
                .access(new ModelAccess(Set.of(Groups.INTERNAL_USER, Groups.PORTAL), internal, internal, internal))
                .register();
        r.define("res.partner.category").description("Partner Tags").order("name")
                .charField("name").required().label("Name")
                .integerField("color").label("Color")
                .many2oneField("parent_id", "res.partner.category").label("Parent Category")
                .booleanField("active")
                .register();
        ModelAccess partnerAccess = new ModelAccess(Set.of(Groups.INTERNAL_USER, Groups.PORTAL), internal, internal,
                internal);
        ModelBuilder partner = r.define("res.partner").description("Contact").order("complete_name asc, id desc")
                .charField("name").label("Name")
                .computedField("complete_name", FieldType.CHAR, "Complete Name", DemoData::partnerName)
                .many2oneField("parent_id", "res.partner").label("Related Company")
                .one2manyField("child_ids", "res.partner", "parent_id").label("Contact")
                .charField("ref").label("Reference")
                .selectionField("lang", "en_US", "English (US)", "fr_FR", "French / Français", "nl_BE",
                        "Dutch (BE) / Nederlands (BE)", "de_DE", "German / Deutsch").label("Language")
                .defaultValue("en_US")
                .many2oneField("user_id", "res.users").label("Salesperson")
                .charField("vat").label("Tax ID")
                .charField("website").label("Website Link")
                .htmlField("comment").label("Notes")
                .many2manyField("category_id", "res.partner.category").label("Tags")
                .booleanField("active")
                .booleanField("is_company").label("Is a Company").defaultValue(Boolean.FALSE)
                .selectionField("type", "contact", "Contact", "invoice", "Invoice Address", "delivery",
                        "Delivery Address", "other", "Other Address").label("Address Type").defaultValue("contact")
                .charField("street").label("Street")
                .charField("street2").label("Street2")
                .charField("zip").label("Zip")
                .charField("city").label("City")
                .many2oneField("country_id", "res.country").label("Country")
                .floatField("partner_latitude").label("Geo Latitude")
                .floatField("partner_longitude").label("Geo Longitude")
                .charField("email").label("Email")
                .charField("phone").label("Phone")
                .charField("mobile").label("Mobile")
                .charField("function").label("Job Position")
                .many2oneField("title", "res.partner.title").label("Title")
                .integerField("color").label("Color Index").defaultValue(0L)
                .binaryField("image_128").label("Image 128")
                .one2manyField("user_ids", "res.users", "partner_id").label("Users")
                .access(partnerAccess);
        partner.computedField("display_name", FieldType.CHAR, "Display Name", DemoData::partnerName);
        partner.register();
        Set<Long> accessRights = Set.of(Groups.ACCESS_RIGHTS);
        r.define("res.users").description("User").order("name, login")
                .charField("name").required().label("Name")
                .charField("login").required().label("Login")
                .charField("password").label("Password").secret()
                .many2oneField("partner_id", "res.partner").label("Related Partner")
                .charField("email").label("Email")
                .booleanField("active")
                .booleanField("share").label("Share User")
                .many2manyField("groups_id", "res.groups").label("Groups").defaultValue(List.of(Groups.INTERNAL_USER))
                .access(new ModelAccess(Set.of(Groups.INTERNAL_USER, Groups.PORTAL), accessRights, accessRights,
                        accessRights))
                .register();
        Set<Long> settings = Set.of(Groups.SETTINGS);
        r.define("ir.module.module").description("Module").order("name")
                .charField("name").required().label("Technical Name")
                .charField("shortdesc").label("Module Name")
                .textField("summary").label("Summary")
                .charField("author").label("Author")
                .charField("latest_version").label("Latest Version")
                .booleanField("application").label("Application")
                .selectionField("state", "uninstallable", "Uninstallable", "uninstalled", "Not Installed",
                        "installed", "Installed", "to upgrade", "To be upgraded", "to remove", "To be removed",
                        "to install", "To be installed").label("Status").defaultValue("uninstalled")
                .access(new ModelAccess(internal, settings, settings, settings))
                .register();
        r.define("todo.task.tag").description("To-do Tag").order("id")
                .charField("name").required().label("Name")
                .register();
        r.define("todo.task").description("To-do Task").order("id")
                .charField("name").required().label("Title")
                .booleanField("is_done").label("Done").defaultValue(Boolean.FALSE)
                .booleanField("active").label("Active")
                .many2oneField("user_id", "res.users").label("Responsible").defaultValue(uid -> uid)
                .dateField("date_deadline").label("Deadline")
                .selectionField("priority", "0", "Normal", "1", "High").label("Priority").defaultValue("0")
                .textField("description").label("Description")
                .many2manyField("tag_ids", "todo.task.tag").label("Tags")
                .register();
        r.method("todo.task", "do_toggle_done", MethodSignature.onRecords("()"), call -> {
            for (Long id : call.ids()) {
                Object done = call.record(id, "is_done").get("is_done");
                call.execute("todo.task", "write", List.of(List.of(id), Map.of("is_done", !Py.truthy(done))),
                        Map.of());
            }
            return true;
        });
        r.method("todo.task", "do_nothing", MethodSignature.onRecords("()"), call -> null);
        ModuleButtons.register(r);
    }

    private static String[] typeSelection() {
        FieldType[] types = FieldType.values();
        String[] pairs = new String[types.length * 2];
        for (int i = 0; i < types.length; i++) {
            pairs[2 * i] = types[i].odooName();
            pairs[2 * i + 1] = types[i].odooName();
        }
        return pairs;
    }

    /** res.partner's complete_name: "Company, Contact" for a contact of a company. */
    private static Object partnerName(Store store, Map<String, Object> row) {
        Object name = row.get("name");
        Object parent = row.get("parent_id");
        if (parent instanceof Long parentId && !Boolean.TRUE.equals(row.get("is_company"))) {
            Map<String, Object> parentRow = store.row("res.partner", parentId);
            if (parentRow != null && parentRow != row) {
                Object parentName = partnerName(store, parentRow);
                return name == null ? parentName : parentName + ", " + name;
            }
        }
        return name;
    }

    // ------------------------------------------------------------------ rows

    private Map<String, Object> put(String model, long id, Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        ModelDef def = engine.registry().model(model);
        for (FieldDef field : def.storedFields()) {
            if (field.defaultValue() != null && !field.type().isX2many()) {
                row.put(field.name(), field.defaultValue().compute(Env.SUPERUSER));
            } else if (field.type() == FieldType.BOOLEAN) {
                row.put(field.name(), false);
            }
        }
        if (def.hasActive()) {
            row.put("active", true);
        }
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        row.put("create_uid", Env.SUPERUSER);
        row.put("create_date", CREATED);
        row.put("write_uid", Env.SUPERUSER);
        row.put("write_date", CREATED);
        store.put(model, id, row);
        return row;
    }

    private void groups() {
        put("res.groups", Groups.INTERNAL_USER, "name", "Internal User", "full_name", "User types/Internal User");
        put("res.groups", Groups.ACCESS_RIGHTS, "name", "Access Rights", "full_name", "Administration/Access Rights");
        put("res.groups", Groups.SETTINGS, "name", "Settings", "full_name", "Administration/Settings");
        put("res.groups", Groups.PORTAL, "name", "Portal", "full_name", "User types/Portal");
        put("res.groups", Groups.PUBLIC, "name", "Public", "full_name", "User types/Public");
    }

    private void countries() {
        Object[][] countries = {
            {21L, "Belgium", "BE", 32L}, {38L, "Canada", "CA", 1L}, {57L, "Germany", "DE", 49L},
            {75L, "France", "FR", 33L}, {104L, "India", "IN", 91L}, {166L, "Netherlands", "NL", 31L},
            {231L, "United Kingdom", "GB", 44L}, {233L, "United States", "US", 1L},
        };
        for (Object[] c : countries) {
            put("res.country", (Long) c[0], "name", c[1], "code", c[2], "phone_code", c[3]);
        }
        store.setNextId("res.country", 251);
    }

    private void titles() {
        String[][] titles = {{"Madam", "Mrs."}, {"Miss", "Miss"}, {"Mister", "Mr."}, {"Doctor", "Dr."},
            {"Professor", "Prof."}};
        for (int i = 0; i < titles.length; i++) {
            put("res.partner.title", i + 1, "name", titles[i][0], "shortcut", titles[i][1]);
        }
    }

    private void categories() {
        String[] names = {"Vendor", "Prospects", "Employees", "Consulting Services", "Components Buyer", "Services",
            "Office Supplies"};
        for (int i = 0; i < names.length; i++) {
            put("res.partner.category", i + 1, "name", names[i], "color", (long) (i % 11));
        }
    }

    private void partners() {
        long us = 233;
        put("res.partner", 1, "name", "YourCompany", "is_company", true, "email", "info@yourcompany.com",
                "website", "http://www.example.com", "street", "250 Executive Park Blvd, Suite 3400",
                "city", "San Francisco", "zip", "94134", "country_id", us, "phone", "+1 555-555-5556",
                "image_128", companyLogo());
        put("res.partner", 2, "name", "OdooBot", "active", false, "email", "odoobot@example.com");
        put("res.partner", 3, "name", "Mitchell Admin", "parent_id", 1L, "email", "admin@yourcompany.example.com",
                "function", "Chief Executive Officer", "country_id", us, "city", "Scranton");
        put("res.partner", 4, "name", "Public user", "active", false);
        put("res.partner", 5, "name", "Default User Template", "active", false);
        put("res.partner", 6, "name", "Portal User Template", "active", false);
        put("res.partner", 7, "name", "Marc Demo", "parent_id", 1L, "email", "mark.brown23@example.com",
                "country_id", us);
        put("res.partner", 8, "name", "Joel Willis", "email", "joel.willis63@example.com", "country_id", us);
        company(9, "Wood Corner", "wood.corner26@example.com", "Turlock", List.of(6L, 7L));
        company(10, "Deco Addict", "deco_addict@example.com", "Pleasant Hill", List.of(5L));
        company(11, "Gemini Furniture", "info@gemini-furniture.com", "Fairfield", List.of(5L));
        company(12, "Ready Mat", "ready.mat28@example.com", "Tracy", List.of(2L));
        Map<String, Object> openWood = company(13, "OpenWood", "openwood@example.com", "Waterbury", List.of());
        openWood.put("website", "http://www.openwood.example.com");
        store.put("res.partner", 13, openWood);
        company(14, "The Jackson Group", "jackson.group82@example.com", "Ocean City", List.of(4L));
        company(15, "Azure Interior", "azure.Interior24@example.com", "Fremont", List.of(6L));
        company(16, "Lumber Inc", "lumber-inv92@example.com", "Stockton", List.of(1L));
        Object[][] contacts = {
            {17L, "Willie Burke", 9L}, {18L, "Ron Gibson", 9L}, {19L, "Addison Olson", 10L},
            {20L, "Douglas Fletcher", 10L}, {21L, "Floyd Steward", 10L}, {22L, "Edwin Hansen", 11L},
            {23L, "Jesse Brown", 11L}, {24L, "Oscar Morgan", 11L}, {25L, "Soham Palmer", 11L},
            {26L, "Billy Fox", 12L}, {27L, "Edith Sanchez", 12L}, {28L, "Julie Richards", 12L},
            {29L, "Kim Snyder", 12L}, {30L, "Sandra Neal", 12L}, {31L, "Theodore Gardner", 12L},
            {32L, "Travis Mendoza", 12L}, {33L, "Tom Ruiz", 9L}, {34L, "Gordon Owens", 14L},
            {35L, "Toni Rhodes", 14L}, {36L, "Brandon Freeman", 15L}, {37L, "Colleen Diaz", 15L},
            {38L, "Nicole Ford", 15L}, {39L, "Lorraine Douglas", 16L}, {40L, "Chester Reed", null},
            {41L, "Dwayne Newman", null},
        };
        for (Object[] c : contacts) {
            String name = (String) c[1];
            // Ron Gibson's address is the one the transcripts show; the others follow the same pattern.
            String email = c[0].equals(18L) ? "ron.gibson76@example.com"
                    : name.toLowerCase(Locale.ROOT).replace(' ', '.') + c[0] + "@example.com";
            put("res.partner", (Long) c[0], "name", name, "parent_id", c[2], "email", email, "country_id", us,
                    "function", c[2] == null ? null : "Sales Manager");
        }
    }

    /** YourCompany's logo as Odoo's demo data has it (128x34 PNG), base64 as binary fields are read. */
    private static String companyLogo() {
        try (InputStream in = DemoData.class.getResourceAsStream("your-company-logo.png")) {
            if (in == null) {
                throw new IllegalStateException("your-company-logo.png is missing from the testkit jar");
            }
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> company(long id, String name, String email, String city, List<Long> tags) {
        return put("res.partner", id, "name", name, "is_company", true, "email", email, "city", city,
                "country_id", 233L, "category_id", tags);
    }

    private void users() {
        user(1, "__system__", null, "OdooBot", 2, false, List.of(Groups.INTERNAL_USER, Groups.ACCESS_RIGHTS,
                Groups.SETTINGS));
        user(2, "admin", "admin", "Mitchell Admin", 3, true, List.of(Groups.INTERNAL_USER, Groups.ACCESS_RIGHTS,
                Groups.SETTINGS));
        user(3, "public", null, "Public user", 4, false, List.of(Groups.PUBLIC));
        user(4, "default", null, "Default User Template", 5, false, List.of(Groups.INTERNAL_USER));
        user(5, "portaltemplate", null, "Portal User Template", 6, false, List.of(Groups.PORTAL));
        user(6, "demo", "demo", "Marc Demo", 7, true, List.of(Groups.INTERNAL_USER));
        user(7, "portal", "portal", "Joel Willis", 8, true, List.of(Groups.PORTAL));
        Map<String, Object> woodCorner = new LinkedHashMap<>(store.row("res.partner", 9));
        woodCorner.put("user_id", 2L);
        store.put("res.partner", 9, woodCorner);
    }

    private void user(long id, String login, String password, String name, long partner, boolean active,
            List<Long> groups) {
        boolean share = !groups.contains(Groups.INTERNAL_USER);
        Map<String, Object> partnerRow = store.row("res.partner", partner);
        put("res.users", id, "login", login, "password", password, "name", name, "partner_id", partner,
                "active", active, "share", share, "groups_id", groups, "email",
                partnerRow == null ? null : partnerRow.get("email"));
    }

    private void modules() {
        String[][] installed = {
            {"base", "Base"}, {"web", "Web"}, {"base_setup", "Initial Setup Tools"}, {"bus", "IM Bus"},
            {"base_import", "Base import"}, {"base_import_module", "Base import module"},
            {"auth_totp", "Two-Factor Authentication (TOTP)"}, {"iap", "In-App Purchases"},
            {"html_editor", "HTML Editor"}, {"web_editor", "Web Editor"}, {"web_tour", "Tours"},
            {"web_unsplash", "Unsplash Image Library"}, {"todo_app", "To-do App"},
        };
        String[][] available = {
            {"account", "Invoicing"}, {"calendar", "Calendar"}, {"contacts", "Contacts"}, {"crm", "CRM"},
            {"hr", "Employees"}, {"mail", "Discuss"}, {"project", "Project"}, {"sale_management", "Sales"},
            {"stock", "Inventory"}, {"website", "Website"},
        };
        long id = 1;
        for (String[] m : installed) {
            put("ir.module.module", id++, "name", m[0], "shortdesc", m[1], "state", "installed", "author",
                    "Odoo S.A.", "latest_version", "18.0.1.0", "application", m[0].equals("todo_app"));
        }
        for (String[] m : available) {
            put("ir.module.module", id++, "name", m[0], "shortdesc", m[1], "state", "uninstalled", "author",
                    "Odoo S.A.", "latest_version", "18.0.1.0", "application", !m[0].equals("mail"));
        }
    }
}

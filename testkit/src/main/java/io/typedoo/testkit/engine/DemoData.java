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
import org.jspecify.annotations.Nullable;

/**
 * The built-in models and their demo data, shaped after an Odoo 18 database created with {@code base} and the
 * {@code todo_app} fixture addon with demo data (the one the wire transcripts were recorded on): the same ids,
 * names and counts where the transcripts show them.
 */
final class DemoData {

    /** The module of the to-do models, the test addon the recordings' databases have installed. */
    private static final String TODO_APP = "todo_app";
    /** The timestamp of every demo record. */
    static final String CREATED = "2026-11-30 09:35:48";
    /** The time zone of the demo users, as context_get reports it. */
    private static final String BRUSSELS = "Europe/Brussels";
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
        Odoo19DemoData odoo19 = engine.odooVersion() >= 19 ? new Odoo19DemoData(demo) : null;
        if (odoo19 == null) {
            demo.partners();
            demo.users();
        } else {
            odoo19.partnersAndUsers();
        }
        demo.modules();
        demo.languages();
        demo.currencies();
        demo.mainCompany();
        demo.externalIds();
        engine.addApiKey(2, ADMIN_API_KEY, null, null);
        engine.addApiKey(demo.demoUid(), DEMO_API_KEY, null, null);
        if (odoo19 != null) {
            odoo19.afterInstall();
        }
    }

    /** The demo user's uid: 6 in Odoo 18's demo database, 5 in Odoo 19's (it has no default user template). */
    long demoUid() {
        return engine.odooVersion() >= 19 ? Odoo19DemoData.DEMO_UID : 6;
    }

    Engine engine() {
        return engine;
    }

    // ------------------------------------------------------------------ schema

    private void models() {
        ModelRegistry r = engine.registry();
        Set<Long> internal = Set.of(Groups.INTERNAL_USER);
        Set<Long> nobody = Set.of();
        r.define("ir.model").module("base").description("Models").order("model")
                .charField("model").required().label("Model")
                .charField("name").required().label("Model Description")
                .selectionField("state", "manual", "Custom Object", "base", "Base Object").label("Type")
                .booleanField("transient").label("Transient Model")
                .one2manyField("field_id", "ir.model.fields", "model_id").label("Fields")
                .access(new ModelAccess(internal, nobody, nobody, nobody))
                .register();
        r.define("ir.model.fields").module("base").description("Fields").order("name")
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
        r.define("res.groups").module("base").description("Access Groups").order("name")
                .charField("name").required().label("Name")
                .charField("full_name").label("Group Name")
                .access(new ModelAccess(internal, Set.of(Groups.ACCESS_RIGHTS), Set.of(Groups.ACCESS_RIGHTS),
                        Set.of(Groups.ACCESS_RIGHTS)))
                .register();
        r.define("res.country").module("base").description("Country").order("name")
                .charField("name").required().label("Country Name")
                .charField("code").label("Country Code")
                .integerField("phone_code").label("Country Calling Code")
                .many2oneField("currency_id", "res.currency").label("Currency")
                .access(new ModelAccess(Set.of(Groups.INTERNAL_USER, Groups.PORTAL, Groups.PUBLIC),
                        Set.of(Groups.SETTINGS), Set.of(Groups.SETTINGS), Set.of(Groups.SETTINGS)))
                .register();
        r.define("res.partner.title").module("base").description("Partner Title").order("name")
                .charField("name").required().label("Title")
                .charField("shortcut").label("Abbreviation")
                .access(new ModelAccess(Set.of(Groups.INTERNAL_USER, Groups.PORTAL), internal, internal, internal))
                .register();
        r.define("res.partner.category").module("base").description("Partner Tags").order("name")
                .charField("name").required().label("Name")
                .integerField("color").label("Color")
                .many2oneField("parent_id", "res.partner.category").label("Parent Category")
                .booleanField("active")
                .register();
        ModelAccess partnerAccess = new ModelAccess(Set.of(Groups.INTERNAL_USER, Groups.PORTAL), internal, internal,
                internal);
        ModelBuilder partner = r.define("res.partner").module("base").description("Contact").order("complete_name asc, id desc")
                .charField("name").label("Name")
                .computedField("complete_name", FieldType.CHAR, "Complete Name", DemoData::partnerName)
                .many2oneField("parent_id", "res.partner").label("Related Company")
                .one2manyField("child_ids", "res.partner", "parent_id").label("Contact")
                .charField("ref").label("Reference")
                .selectionField("lang", "en_US", "English (US)").label("Language").defaultValue("en_US")
                .selectionField("tz", timezones()).label("Timezone")
                .many2oneField("user_id", "res.users").label("Salesperson")
                .charField("vat").label("Tax ID")
                .charField("website").label("Website Link")
                .htmlField("comment").label("Notes")
                .many2manyField("category_id", "res.partner.category").label("Tags")
                .booleanField("active")
                .booleanField("is_company").label("Is a Company").defaultValue(Boolean.FALSE)
                .selectionField("type", addressTypes(engine.odooVersion())).label("Address Type").defaultValue("contact")
                .charField("street").label("Street")
                .charField("street2").label("Street2")
                .charField("zip").label("Zip")
                .charField("city").label("City")
                .many2oneField("country_id", "res.country").label("Country")
                .many2oneField("company_id", "res.company").label("Company")
                .charField("company_name").label("Company Name")
                .charField("barcode").label("Barcode")
                .booleanField("employee").label("Employee")
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
        partner.computedField("display_name", FieldType.CHAR, "Display Name",
                ComputedField.dependingOn(List.of("complete_name"), DemoData::partnerName));
        partner.computedField(new FieldDef("company_type", FieldType.SELECTION, "Company Type", false, false, null,
                null, List.of(List.of("person", "Individual"), List.of("company", "Company")), null, false, false),
                ComputedField.dependingOn(List.of("is_company"),
                        (store, row) -> Boolean.TRUE.equals(row.get("is_company")) ? "company" : "person"));
        partner.computedField(new FieldDef("commercial_partner_id", FieldType.MANY2ONE, "Commercial Entity", false,
                true, "res.partner", null, List.of(), null, false, false),
                ComputedField.dependingOn(List.of("is_company", "parent_id.commercial_partner_id"),
                        DemoData::commercialPartner));
        partner.computedField("email_formatted", FieldType.CHAR, "Formatted Email",
                ComputedField.dependingOn(List.of("name", "email"), DemoData::formattedEmail));
        partner.computedField("country_code", FieldType.CHAR, "Country Code",
                ComputedField.dependingOn(List.of("country_id.code"), (store, row) -> row.get("country_id")
                        instanceof Long country && store.row("res.country", country) != null
                        ? store.row("res.country", country).get("code") : null));
        partner.register();
        Set<Long> accessRights = Set.of(Groups.ACCESS_RIGHTS);
        r.define("res.users").module("base").description("User").order("name, login")
                .charField("name").required().label("Name")
                .charField("login").required().label("Login")
                .charField("password").label("Password").secret()
                .many2oneField("partner_id", "res.partner").label("Related Partner")
                .charField("email").label("Email")
                .booleanField("active")
                .booleanField("share").label("Share User")
                .many2oneField("company_id", "res.company").required().label("Company").defaultValue(1L)
                .many2manyField("company_ids", "res.company").label("Companies").defaultValue(List.of(1L))
                .selectionField("lang", "en_US", "English (US)").label("Language").defaultValue("en_US")
                .selectionField("tz", timezones()).label("Timezone")
                .htmlField("signature").label("Email Signature")
                .datetimeField("login_date").label("Latest authentication").readonly()
                .many2manyField(Groups.userField(engine.odooVersion()), "res.groups").label("Groups")
                .defaultValue(List.of(Groups.INTERNAL_USER))
                .access(new ModelAccess(Set.of(Groups.INTERNAL_USER, Groups.PORTAL), accessRights, accessRights,
                        accessRights))
                .register();
        Set<Long> settings = Set.of(Groups.SETTINGS);
        r.define("ir.module.module").module("base").description("Module").order("name")
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
        Set<Long> everyone = Set.of(Groups.INTERNAL_USER, Groups.PORTAL, Groups.PUBLIC);
        r.define("res.lang").module("base").description("Languages").order("active desc,name")
                .charField("name").required().label("Name")
                .charField("code").required().label("Locale Code")
                .charField("iso_code").label("ISO code")
                .charField("url_code").required().label("URL Code")
                .booleanField("active")
                .selectionField("direction", "ltr", "Left-to-Right", "rtl", "Right-to-Left").required()
                .label("Direction").defaultValue("ltr")
                .charField("date_format").required().label("Date Format").defaultValue("%m/%d/%Y")
                .charField("time_format").required().label("Time Format").defaultValue("%H:%M:%S")
                .selectionField("week_start", "1", "Monday", "2", "Tuesday", "3", "Wednesday", "4", "Thursday", "5",
                        "Friday", "6", "Saturday", "7", "Sunday").required().label("First Day of Week")
                .defaultValue("7")
                .charField("grouping").required().label("Separator Format").defaultValue("[]")
                .charField("decimal_point").required().label("Decimal Separator").defaultValue(".")
                .charField("thousands_sep").label("Thousands Separator").defaultValue(",")
                .access(new ModelAccess(everyone, settings, settings, settings))
                .register();
        r.define("res.currency").module("base").description("Currency").order("active desc, name")
                .charField("name").required().label("Currency")
                .charField("full_name").label("Name")
                .charField("symbol").required().label("Symbol")
                .floatField("rounding").label("Rounding Factor").defaultValue(0.01)
                .integerField("decimal_places").label("Decimal Places")
                .booleanField("active")
                .selectionField("position", "after", "After Amount", "before", "Before Amount")
                .label("Symbol Position").defaultValue("after")
                .charField("currency_unit_label").label("Currency Unit")
                .charField("currency_subunit_label").label("Currency Subunit")
                .floatField("rate").label("Current Rate")
                .access(new ModelAccess(everyone, settings, settings, settings))
                .register();
        r.define("res.company").module("base").description("Companies").order("sequence, name")
                .charField("name").required().label("Company Name")
                .many2oneField("partner_id", "res.partner").required().label("Partner")
                .many2oneField("currency_id", "res.currency").required().label("Currency").defaultValue(1L)
                .integerField("sequence").label("Sequence").defaultValue(10L)
                .many2oneField("parent_id", "res.company").label("Parent Company")
                .one2manyField("child_ids", "res.company", "parent_id").label("Branches")
                .booleanField("active")
                .charField("email").label("Email")
                .charField("phone").label("Phone")
                .charField("website").label("Website Link")
                .charField("street").label("Street")
                .charField("city").label("City")
                .charField("zip").label("Zip")
                .many2oneField("country_id", "res.country").label("Country")
                .charField("vat").label("Tax ID")
                .charField("company_registry").label("Company ID")
                .access(new ModelAccess(everyone, accessRights, accessRights, accessRights))
                .register();
        r.define("ir.model.data").module("base").description("Model Data").order("module, model, name")
                .charField("name").required().label("External Identifier")
                .charField("module").required().label("Module").defaultValue("")
                .charField("model").required().label("Model Name")
                .integerField("res_id").label("Record ID")
                .booleanField("noupdate").label("Non Updatable").defaultValue(Boolean.FALSE)
                .access(new ModelAccess(internal, settings, settings, settings))
                .register();
        r.define("ir.model.access").module("base").description("Model Access").order("model_id,group_id,name,id")
                .charField("name").required().label("Name")
                .booleanField("active")
                .many2oneField("model_id", "ir.model").required().label("Model")
                .many2oneField("group_id", "res.groups").label("Group")
                .booleanField("perm_read").label("Read Access")
                .booleanField("perm_write").label("Write Access")
                .booleanField("perm_create").label("Create Access")
                .booleanField("perm_unlink").label("Delete Access")
                .access(new ModelAccess(internal, settings, settings, settings))
                .register();
        r.define("todo.task.tag").module(TODO_APP).description("To-do Tag").order("id")
                .charField("name").required().label("Name")
                .register();
        r.define("todo.task").module(TODO_APP).description("To-do Task").order("id")
                .charField("name").required().label("Title")
                .booleanField("is_done").label("Done")
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
        LanguageWizard.register(r);
    }

    /** res.partner's address types; Odoo 19 shortened the labels. */
    private static String[] addressTypes(int odooVersion) {
        return odooVersion >= 19
                ? new String[] {"contact", "Contact", "invoice", "Invoice", "delivery", "Delivery", "other", "Other"}
                : new String[] {"contact", "Contact", "invoice", "Invoice Address", "delivery", "Delivery Address",
                    "other", "Other Address"};
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

    /** Odoo's {@code _tz_get}: every tz database name, sorted with the {@code Etc/} ones last. */
    private static String[] timezones() {
        List<String> zones = new java.util.ArrayList<>(java.time.ZoneId.getAvailableZoneIds());
        zones.removeIf(zone -> zone.startsWith("SystemV/"));
        zones.sort(java.util.Comparator.comparing((String zone) -> zone.startsWith("Etc/") ? "_" : zone)
                .thenComparing(java.util.Comparator.naturalOrder()));
        String[] pairs = new String[zones.size() * 2];
        for (int i = 0; i < zones.size(); i++) {
            pairs[2 * i] = zones.get(i);
            pairs[2 * i + 1] = zones.get(i);
        }
        return pairs;
    }

    /** The company a contact belongs to (itself for a company or a contact without parent). */
    private static Object commercialPartner(Store store, Map<String, Object> row) {
        Map<String, Object> current = row;
        while (!Boolean.TRUE.equals(current.get("is_company")) && current.get("parent_id") instanceof Long parent
                && store.row("res.partner", parent) != null) {
            current = store.row("res.partner", parent);
        }
        return current.get("id");
    }

    /** {@code "Name" <email>}, or False without an email. */
    private static @Nullable Object formattedEmail(Store store, Map<String, Object> row) {
        Object email = row.get("email");
        if (!(email instanceof String address) || address.isEmpty()) {
            return null;
        }
        Object name = row.get("name");
        return "\"" + (name == null ? "False" : name) + "\" <" + address + ">";
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

    Map<String, Object> put(String model, long id, Object... keysAndValues) {
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
        translate("res.country", "name", "fr_FR", "Belgium", "Belgique", "Canada", "Canada", "Germany", "Allemagne",
                "France", "France", "India", "Inde", "Netherlands", "Pays-Bas", "United Kingdom", "Royaume-Uni",
                "United States", "États-Unis");
    }

    /** Translations of a field's demo values: source and translated text, in pairs. */
    void translate(String model, String field, String lang, String... sourcesAndTexts) {
        for (int i = 0; i < sourcesAndTexts.length; i += 2) {
            engine.translations().add(model, field, lang, sourcesAndTexts[i], sourcesAndTexts[i + 1]);
        }
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
    static String companyLogo() {
        return image("your-company-logo.png");
    }

    /** A PNG of the testkit jar, base64 as binary fields are read. */
    static String image(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the testkit jar");
            }
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> company(long id, String name, String email, String city, List<Long> tags) {
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

    void user(long id, String login, String password, String name, long partner, boolean active,
            List<Long> groups) {
        boolean share = !Groups.ofUser(Map.of("groups_id", groups), 18).contains(Groups.INTERNAL_USER);
        Map<String, Object> partnerRow = store.row("res.partner", partner);
        String tz = active ? BRUSSELS : null;
        put("res.users", id, "login", login, "password", password == null ? null : PasswordHash.demo(password), "name", name, "partner_id", partner,
                "active", active, "share", share, Groups.userField(engine.odooVersion()), groups, "email",
                partnerRow == null ? null : partnerRow.get("email"), "company_ids", List.of(1L), "tz", tz);
        if (partnerRow != null) {
            Map<String, Object> withTz = new LinkedHashMap<>(partnerRow);
            withTz.put("tz", tz);
            store.put("res.partner", partner, withTz);
        }
    }

    /** The installed language (en_US) and a few of the installable ones Odoo ships, inactive. */
    private void languages() {
        put("res.lang", 1, "name", "English (US)", "code", "en_US", "iso_code", "en", "url_code", "en",
                "grouping", "[3,0]");
        put("res.lang", 30, "name", "French / Français", "code", "fr_FR", "iso_code", "fr", "url_code", "fr",
                "active", false, "date_format", "%d/%m/%Y", "week_start", "1", "grouping", "[3,0]",
                "decimal_point", ",", "thousands_sep", "\u202f");
        put("res.lang", 21, "name", "German / Deutsch", "code", "de_DE", "iso_code", "de", "url_code", "de",
                "active", false, "date_format", "%d.%m.%Y", "week_start", "1", "grouping", "[3,0]",
                "decimal_point", ",", "thousands_sep", ".");
        put("res.lang", 55, "name", "Dutch (BE) / Nederlands (BE)", "code", "nl_BE", "iso_code", "nl_BE",
                "url_code", "nl_BE", "active", false, "date_format", "%d-%m-%Y", "week_start", "1",
                "grouping", "[3,0]", "decimal_point", ",", "thousands_sep", ".");
        store.setNextId("res.lang", 91);
    }

    /** USD (the company's, active) and the currencies of the demo countries, inactive. */
    private void currencies() {
        Object[][] currencies = {
            {1L, "USD", "United States dollar", "$", "before", true, "Dollars", "Cents"},
            {2L, "VEF", "Venezuelan bolívar fuerte", "Bs.F", "after", false, "Bolivars", "Centimos"},
            {7L, "CAD", "Canadian dollar", "$", "before", false, "Dollars", "Cents"},
            {20L, "INR", "Indian rupee", "₹", "before", false, "Rupees", "Paise"},
            {125L, "EUR", "Euro", "€", "after", false, "Euros", "Cents"},
            {143L, "GBP", "Pound sterling", "£", "before", false, "Pounds", "Pence"},
        };
        for (Object[] c : currencies) {
            put("res.currency", (Long) c[0], "name", c[1], "full_name", c[2], "symbol", c[3], "position", c[4],
                    "active", c[5], "currency_unit_label", c[6], "currency_subunit_label", c[7],
                    "decimal_places", 2L, "rate", 1.0);
        }
        store.setNextId("res.currency", 170);
        Map<String, Long> byCountry = Map.of("BE", 125L, "CA", 7L, "DE", 125L, "FR", 125L, "IN", 20L, "NL", 125L,
                "GB", 143L, "US", 1L);
        for (Map<String, Object> country : List.copyOf(store.rows("res.country"))) {
            Map<String, Object> row = new LinkedHashMap<>(country);
            row.put("currency_id", byCountry.get(String.valueOf(country.get("code"))));
            store.put("res.country", (Long) row.get("id"), row);
        }
    }

    private void mainCompany() {
        put("res.company", 1, "name", "YourCompany", "partner_id", 1L, "currency_id", 1L, "email",
                "info@yourcompany.com", "phone", "+1 555-555-5556", "website", "http://www.example.com",
                "street", "250 Executive Park Blvd, Suite 3400", "city", "San Francisco", "zip", "94134",
                "country_id", 233L);
        Map<String, Object> partner = new LinkedHashMap<>(store.row("res.partner", 1));
        partner.put("company_id", 1L);
        store.put("res.partner", 1, partner);
    }

    /** The external ids ({@code module.name}) of the demo records that clients look up with {@code env.ref}. */
    private void externalIds() {
        Object[][] ids = {
            {"base", "main_company", "res.company", 1L}, {"base", "main_partner", "res.partner", 1L},
            {"base", "partner_root", "res.partner", 2L}, {"base", "partner_admin", "res.partner", 3L},
            {"base", "public_partner", "res.partner", 4L}, {"base", "partner_demo", "res.partner", 7L},
            {"base", "partner_demo_portal", "res.partner", 8L}, {"base", "user_root", "res.users", 1L},
            {"base", "user_admin", "res.users", 2L}, {"base", "public_user", "res.users", 3L},
            {"base", "default_user", "res.users", 4L}, {"base", "template_portal_user_id", "res.users", 5L},
            {"base", "user_demo", "res.users", 6L}, {"base", "demo_user0", "res.users", 7L},
            {"base", "group_user", "res.groups", Groups.INTERNAL_USER},
            {"base", "group_erp_manager", "res.groups", Groups.ACCESS_RIGHTS},
            {"base", "group_system", "res.groups", Groups.SETTINGS},
            {"base", "group_portal", "res.groups", Groups.PORTAL},
            {"base", "group_public", "res.groups", Groups.PUBLIC},
            {"base", "lang_en", "res.lang", 1L}, {"base", "lang_fr", "res.lang", 30L},
            {"base", "lang_de", "res.lang", 21L}, {"base", "lang_nl_BE", "res.lang", 55L},
            {"base", "USD", "res.currency", 1L}, {"base", "VEF", "res.currency", 2L},
            {"base", "CAD", "res.currency", 7L}, {"base", "INR", "res.currency", 20L},
            {"base", "EUR", "res.currency", 125L}, {"base", "GBP", "res.currency", 143L},
            {"base", "be", "res.country", 21L}, {"base", "ca", "res.country", 38L},
            {"base", "de", "res.country", 57L}, {"base", "fr", "res.country", 75L},
            {"base", "in", "res.country", 104L}, {"base", "nl", "res.country", 166L},
            {"base", "uk", "res.country", 231L}, {"base", "us", "res.country", 233L},
        };
        long id = 1;
        for (Object[] x : ids) {
            put("ir.model.data", id++, "module", x[0], "name", x[1], "model", x[2], "res_id", x[3],
                    "noupdate", true);
        }
        for (Map<String, Object> module : store.rows("ir.module.module")) {
            put("ir.model.data", id++, "module", "base", "name", "module_" + module.get("name"), "model",
                    "ir.module.module", "res_id", module.get("id"), "noupdate", true);
        }
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

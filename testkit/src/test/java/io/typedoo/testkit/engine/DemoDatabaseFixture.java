package io.typedoo.testkit.engine;

import org.junit.jupiter.api.AfterEach;

/**
 * The set-up of tests that call the engine directly: every test method gets a fresh {@link Database#demo()} (JUnit
 * makes one instance per method), {@link Calls} on it, and the database closed after it.
 */
abstract class DemoDatabaseFixture {

    final Database db = Database.demo();
    final Calls calls = new Calls(db);

    @AfterEach
    void closeDatabase() {
        db.close();
    }
}

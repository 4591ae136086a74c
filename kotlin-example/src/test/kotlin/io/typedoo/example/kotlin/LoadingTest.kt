package io.typedoo.example.kotlin

import io.typedoo.client.Context
import io.typedoo.client.OdooClient
import io.typedoo.error.OdooNotLoadedException
import io.typedoo.example.kotlin.TodoTaskModel.ID
import io.typedoo.example.kotlin.TodoTaskModel.NAME
import io.typedoo.kotlin.create
import io.typedoo.kotlin.createAll
import io.typedoo.kotlin.search
import io.typedoo.kotlin.write
import io.typedoo.testkit.OdooTestServer
import io.typedoo.testkit.junit.OdooTest
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue

/**
 * Loading records fully, so that later reads never call the server, and strict reads that throw instead of
 * calling: what UI and coroutine code need. The server counts the calls.
 */
@OdooTest
class LoadingTest {

    /** Everything the example models declare, read from a task: its fields, its user's, its tags'. */
    private fun readEverything(task: TodoTask): String =
        listOf(task.name, task.isDone, task.dateDeadline, task.description, task.priority,
            task.user?.name, task.user?.login, task.tags.map { it.name }).joinToString()

    private fun tagged(odoo: OdooClient, prefix: String, count: Int): List<TodoTaskRecord> {
        val tags = TodoTaskTagModel.of(odoo).createAll(listOf("$prefix-a", "$prefix-b")) { tag -> name(tag) }
        return TodoTaskModel.of(odoo).createAll(1..count) { i -> name("$prefix %02d".format(i)).tags(tags) }
    }

    @Test
    fun `fetchAll loads a page and its related records, then reads never call`(odoo: OdooClient,
                                                                                server: OdooTestServer) {
        val tasks = TodoTaskModel.of(odoo)
        tagged(odoo, "fetch", 10)

        server.resetRequestCount()
        val page = tasks.fetchAll(tasks.search(NAME.ilike("fetch "), limit = 5, order = ID.asc()))
        val loading = server.requestCount()
        page.forEach(::readEverything)

        assertEquals(2, loading, "the search (bringing tasks with user and tag names), one read of the users' logins")
        assertEquals(2, server.requestCount(), "no call after fetchAll")
    }

    @Test
    fun `fetchAll after create, write and a model method`(odoo: OdooClient, server: OdooTestServer) {
        val tasks = TodoTaskModel.of(odoo)
        val created = tagged(odoo, "after", 3)

        server.resetRequestCount()
        tasks.fetchAll(created)
        assertEquals(3, server.requestCount(), "one read each of the tasks, their users and their tags")
        created.forEach(::readEverything)
        assertEquals(3, server.requestCount())

        tasks.write(created) { description("written") }
        server.resetRequestCount()
        tasks.fetchAll(created)
        created.forEach(::readEverything)
        assertEquals(1, server.requestCount(), "only the written field is read again")
        assertEquals("written", created[0].description)

        val one = created[0]
        one.toggleDone()
        server.resetRequestCount()
        assertTrue(tasks.fetchAll(one).isDone)
        readEverything(one)
        assertEquals(3, server.requestCount(), "a model method may change anything: the record and relations reload")
    }

    @Test
    fun `strict records throw instead of calling, naming model, record and field`(odoo: OdooClient,
                                                                                  server: OdooTestServer) {
        val tasks = TodoTaskModel.of(odoo)
        val id = tasks.create { name("strict: browse") }.id

        val browsed = tasks.strict(tasks.browse(listOf(id)))
        server.resetRequestCount()
        val error = assertFailsWith<OdooNotLoadedException> { browsed[0].name }
        assertEquals(0, server.requestCount(), "nothing sent")
        assertEquals("todo.task", error.model())
        assertEquals(id, error.recordId())
        assertEquals("name", error.field())
        assertTrue(error.message.orEmpty().startsWith("todo.task($id).name is not loaded, and strict reads forbid"),
            error.message)

        tasks.fetchAll(browsed)
        assertEquals("strict: browse", browsed[0].name, "fetchAll is the explicit load, allowed")
        readEverything(browsed[0])

        tasks.write(browsed) { description("changed") }
        server.resetRequestCount()
        assertFailsWith<OdooNotLoadedException> { browsed[0].description }
        assertEquals(0, server.requestCount(), "after a write the written fields must be loaded again")
        assertEquals("strict: browse", browsed[0].name, "the others stay loaded")
    }

    @Test
    fun `strictness reaches related records beyond what was loaded`(odoo: OdooClient) {
        val tasks = TodoTaskModel.of(odoo)
        tagged(odoo, "shallow", 2)
        val page = tasks.strict(tasks.fetchAll(tasks.search(NAME.ilike("shallow ")), 0))

        assertEquals("shallow 01", page[0].name)
        assertEquals(2, page[0].tags.size, "the tag ids came with the task")
        val error = assertFailsWith<OdooNotLoadedException> { page[0].user?.login }
        assertEquals("res.users", error.model())
        assertEquals("login", error.field())
    }

    @Test
    fun `a strict client's searches bring everything, and its reads never call`(server: OdooTestServer) {
        OdooClient.builder().url(server.url()).database(server.databaseName()).login("admin").password("admin")
            .strictReads(true).build().use { odoo ->
                val tasks = TodoTaskModel.of(odoo)
                val created = tagged(odoo, "strict client", 4)
                assertFailsWith<OdooNotLoadedException> { created[0].name }

                server.resetRequestCount()
                val page = tasks.search(NAME.ilike("strict client "), order = ID.asc())
                page.forEach(::readEverything)
                assertEquals(1, server.requestCount(), "one web_search_read with the full plan, nested")
                assertEquals("strict client 01", page[0].name)
                assertEquals("admin", page[0].user?.login)

                assertTrue(odoo.withContext(Context.of(mapOf("lang" to "fr_FR"))).strictReads())
            }
    }
}

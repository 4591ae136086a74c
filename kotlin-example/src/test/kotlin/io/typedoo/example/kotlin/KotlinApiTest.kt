package io.typedoo.example.kotlin

import io.typedoo.client.OdooClient
import io.typedoo.example.kotlin.TodoTaskModel.ID
import io.typedoo.example.kotlin.TodoTaskModel.NAME
import io.typedoo.example.kotlin.TodoTaskModel.PRIORITY
import io.typedoo.example.kotlin.TodoTaskModel.USER
import io.typedoo.kotlin.and
import io.typedoo.kotlin.browse
import io.typedoo.kotlin.create
import io.typedoo.kotlin.createAll
import io.typedoo.kotlin.search
import io.typedoo.kotlin.write
import io.typedoo.testkit.OdooTestServer
import io.typedoo.testkit.junit.OdooTest
import org.junit.jupiter.api.Test
import java.time.LocalDate
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue

/**
 * The Kotlin shape of the model API, against the testkit server: receiver lambdas for create and write, named
 * arguments for paging, Int ids, records that print what they hold, read-only results, selection enums with a
 * property.
 */
@OdooTest
class KotlinApiTest {

    @Test
    fun `create, createAll and write take the values builder as receiver`(odoo: OdooClient, server: OdooTestServer) {
        val tasks = TodoTaskModel.of(odoo)

        server.resetRequestCount()
        val task = tasks.create { name("receiver: one"); dateDeadline(LocalDate.of(2027, 5, 1)) }
        assertEquals(1, server.requestCount(), "one create call")
        val more = tasks.createAll(listOf("two", "three")) { title -> name("receiver: $title") }
        tasks.write(task) { isDone(true); priority(Priority.HIGH) }
        tasks.write(more) { priority(Priority.HIGH) }

        val found = tasks.search(NAME.ilike("receiver:"), order = ID.asc())
        assertEquals(listOf("receiver: one", "receiver: two", "receiver: three"), found.map { it.name })
        assertEquals(listOf(true, false, false), found.map { it.isDone })
        assertEquals(LocalDate.of(2027, 5, 1), found[0].dateDeadline)
        assertTrue(found.all { it.priority == Priority.HIGH })
    }

    @Test
    fun `search takes limit, offset and order as named arguments`(odoo: OdooClient, server: OdooTestServer) {
        val tasks = TodoTaskModel.of(odoo)
        tasks.createAll(1..7) { i -> name("paging %02d".format(i)) }
        val mine = NAME.ilike("paging ")

        server.resetRequestCount()
        assertEquals(listOf("paging 03", "paging 04"),
            tasks.search(mine, limit = 2, offset = 2, order = NAME.asc()).map { it.name })
        assertEquals(1, server.requestCount(), "one call for a page")
        assertEquals(listOf("paging 07", "paging 06", "paging 05"),
            tasks.search(mine, order = NAME.desc(), limit = 3).map { it.name })
        assertEquals(7, tasks.search(mine).size, "no limit: every match")
        assertEquals(listOf("paging 06", "paging 07"), tasks.search(mine, offset = 5, order = ID.asc()).map { it.name })
        assertEquals(listOf("paging 01"),
            tasks.search(mine, limit = 1, order = ID.asc(), plan = tasks.plan(NAME)).map { it.name })

        server.resetRequestCount()
        assertEquals(emptyList(), tasks.search(mine, limit = 0))
        assertEquals(0, server.requestCount(), "limit = 0 asks nothing")
        val error = assertFailsWith<IllegalArgumentException> { tasks.search(mine, limit = -1) }
        assertTrue("limit" in error.message.orEmpty(), error.message)
    }

    @Test
    fun `a plan of the users' display names is one search_read of pairs`(odoo: OdooClient, server: OdooTestServer) {
        val tasks = TodoTaskModel.of(odoo)
        val admin = ResUsersModel.of(odoo).search(ResUsersModel.LOGIN.eq("admin")).single()
        val adminShown = admin.displayName
        tasks.createAll(listOf("pairs: a", "pairs: b")) { title -> name(title); user(admin) }
        val plan = tasks.plan(NAME, USER.then(ResUsersModel.DISPLAY_NAME))
        assertEquals("todo.task {name, user_id {display_name}} by search_read", plan.toString())

        server.resetRequestCount()
        val shown = tasks.search(NAME.ilike("pairs: "), order = ID.asc(), plan = plan)
            .map { "${it.name}: ${it.user?.displayName}" }
        assertEquals(1, server.requestCount(), "one search_read, the display names in its pairs")
        assertEquals(listOf("pairs: a: $adminShown", "pairs: b: $adminShown"), shown)
    }

    @Test
    fun `ids may be Ints, and count is a Long`(odoo: OdooClient) {
        val tasks = TodoTaskModel.of(odoo)
        val created = tasks.createAll(listOf("ints: a", "ints: b")) { title -> name(title) }
        val (a, b) = created.map { it.id.toInt() }

        assertEquals(listOf("ints: a", "ints: b"), tasks.browse(a, b).map { it.name })
        assertEquals(listOf("ints: b", "ints: a"), tasks.browse(listOf(b, a)).map { it.name })
        val ints: List<Int> = listOf(a)
        assertEquals(listOf("ints: a"), tasks.browse(ints).map { it.name })
        assertEquals(listOf("ints: a", "ints: b"), tasks.browse(created[0].id, created[1].id).map { it.name })
        assertEquals("ints: a", tasks.browse(a).name, "one Int: one record, as browse(1L) gives")

        // count() is a Long, as in Exposed and Spring Data: compare with a Long (2L), or let an Int literal adapt.
        val count: Long = tasks.count(NAME.ilike("ints: "))
        assertEquals(2L, count)
        assertTrue(count > 1)
    }

    @Test
    fun `a record prints the values it has loaded, without a call`(odoo: OdooClient, server: OdooTestServer) {
        val tasks = TodoTaskModel.of(odoo)
        val tag = TodoTaskTagModel.of(odoo).create { name("printed") }
        val created = tasks.create {
            name("print me"); priority(Priority.HIGH); tags(listOf(tag)); description("x".repeat(100))
        }

        server.resetRequestCount()
        assertEquals("TodoTask(id=${created.id})", created.toString(), "nothing read yet: the id only")
        val found = tasks.search(ID.eq(created.id)).single()
        server.resetRequestCount()
        val printed = found.toString()
        assertEquals(0, server.requestCount(), "toString never calls")
        assertTrue(printed.startsWith("TodoTask(id=${created.id}, name=print me, is_done=false, date_deadline=null, "
            + "description=${"x".repeat(60)}..., priority=HIGH, user_id=res.users("), printed)
        assertTrue(printed.endsWith(", tag_ids=todo.task.tag[${tag.id()}])"), printed)
    }

    @Test
    fun `results are read-only and say so`(odoo: OdooClient) {
        val tasks = TodoTaskModel.of(odoo)
        tasks.create { name("read-only") }
        val found = tasks.search(NAME.eq("read-only"))

        val error = assertFailsWith<UnsupportedOperationException> {
            @Suppress("UNCHECKED_CAST")
            (found as MutableList<TodoTaskRecord>).add(found[0])
        }
        assertEquals("The result of a search of todo.task is read-only; copy it to change it: "
            + "new ArrayList<>(records) in Java, records.toMutableList() in Kotlin", error.message)
        assertFailsWith<UnsupportedOperationException> { (tasks.browse(1, 2) as MutableList<*>).clear() }
        assertFailsWith<UnsupportedOperationException> { (found[0].tags as MutableList<*>).removeAt(0) }
        val copy = found.toMutableList()
        copy += found
        assertEquals(2, copy.size)
    }

    @Test
    fun `a selection enum gives its Odoo values as a property`(odoo: OdooClient) {
        val tasks = TodoTaskModel.of(odoo)
        tasks.create { name("selection: high"); priority(Priority.HIGH) }
        tasks.create { name("selection: normal"); priority(Priority.NORMAL) }

        assertEquals("1", Priority.HIGH.odooValue)
        assertEquals("1", Priority.HIGH.odooValue(), "what the runtime calls, from OdooSelection")
        assertEquals(listOf("selection: high"),
            tasks.search(NAME.ilike("selection:") and PRIORITY.eq(Priority.HIGH)).map { it.name })
        val raw = odoo.model("todo.task").searchRead(NAME.eq("selection: normal"), "priority").single()
        assertEquals("0", raw.get("priority"))
    }
}

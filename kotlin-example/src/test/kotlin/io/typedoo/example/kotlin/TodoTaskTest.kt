package io.typedoo.example.kotlin

import io.typedoo.client.OdooClient
import io.typedoo.domain.Domain
import io.typedoo.error.OdooMissingRecordException
import io.typedoo.example.kotlin.TodoTaskModel.DATE_DEADLINE
import io.typedoo.example.kotlin.TodoTaskModel.ID
import io.typedoo.example.kotlin.TodoTaskModel.IS_DONE
import io.typedoo.example.kotlin.TodoTaskModel.NAME
import io.typedoo.example.kotlin.TodoTaskModel.PRIORITY
import io.typedoo.example.kotlin.TodoTaskModel.TAGS
import io.typedoo.example.kotlin.TodoTaskModel.USER
import io.typedoo.kotlin.and
import io.typedoo.kotlin.create
import io.typedoo.kotlin.createAll
import io.typedoo.kotlin.inList
import io.typedoo.kotlin.or
import io.typedoo.kotlin.searchSequence
import io.typedoo.kotlin.write
import io.typedoo.typed.X2many
import io.typedoo.testkit.OdooTestServer
import io.typedoo.testkit.junit.OdooTest
import org.junit.jupiter.api.Test
import java.time.LocalDate
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue

/**
 * The generated API used from Kotlin, against the testkit server over real HTTP. The server lives as long as
 * the class, so each test names its own tasks and searches only those.
 */
@OdooTest
class TodoTaskTest {

    private fun admin(odoo: OdooClient): ResUsers =
        ResUsersModel.of(odoo).search(ResUsersModel.LOGIN.eq("admin")).single()

    @Test
    fun `create reads back typed values, and null where Odoo has none`(odoo: OdooClient) {
        val tasks = TodoTaskModel.of(odoo)
        val tag = TodoTaskTagModel.of(odoo).create { name("kotlin") }
        val created = tasks.create {
            name("Write the Kotlin chapter")
                .dateDeadline(LocalDate.of(2026, 12, 31))
                .priority(Priority.HIGH)
                .user(admin(odoo))
                .tags(listOf(tag))
        }

        val task: TodoTask = tasks.browse(created.id)
        assertEquals("Write the Kotlin chapter", task.name)
        assertFalse(task.isDone)
        assertEquals(LocalDate.of(2026, 12, 31), task.dateDeadline)
        assertEquals(Priority.HIGH, task.priority)
        assertEquals("Mitchell Admin", task.user?.name)
        assertEquals(listOf("kotlin"), task.tags.map { it.name })
        assertNull(task.description)
        assertEquals("Write the Kotlin chapter", task.label())

        val bare = tasks.browse(tasks.create { name("Bare task").user(null) }.id)
        assertNull(bare.dateDeadline)
        assertNull(bare.user)
        assertEquals(emptyList(), bare.tags)
        assertEquals(Priority.NORMAL, bare.priority, "the server's default, '0'")
    }

    @Test
    fun `typed domains select what they say`(odoo: OdooClient) {
        val tasks = TodoTaskModel.of(odoo)
        val urgent = TodoTaskTagModel.of(odoo).create { name("urgent") }
        val early = LocalDate.of(2027, 1, 10)
        tasks.create { name("domains: pay rent").dateDeadline(early).priority(Priority.HIGH).tags(listOf(urgent)) }
        tasks.create { name("domains: water plants").isDone(true).user(null) }
        tasks.create { name("domains: call mum").dateDeadline(early.plusMonths(1)) }
        val mine = NAME.ilike("domains:")

        fun names(domain: Domain) = tasks.search(mine and domain, NAME.asc()).map { it.name }

        assertEquals(3, tasks.count(mine))
        assertEquals(listOf("domains: call mum", "domains: pay rent"), names(IS_DONE.eq(false)))
        assertEquals(listOf("domains: water plants"), names(!IS_DONE.eq(false)))
        assertEquals(listOf("domains: pay rent"), names(DATE_DEADLINE.lt(early.plusDays(1))))
        assertEquals(listOf("domains: water plants"), names(DATE_DEADLINE.isNotSet()))
        assertEquals(listOf("domains: pay rent"), names(PRIORITY inList listOf(Priority.HIGH)))
        assertEquals(listOf("domains: pay rent"), names(TAGS.contains(urgent)))
        assertEquals(listOf("domains: call mum", "domains: pay rent"), names(USER.eq(admin(odoo))))
        assertEquals(listOf("domains: call mum", "domains: pay rent"), names(USER inList listOf(admin(odoo))))
        assertEquals(listOf("domains: pay rent", "domains: water plants"),
            names(PRIORITY.eq(Priority.HIGH) or USER.isNotSet()))
        assertEquals(listOf("domains: water plants", "domains: pay rent", "domains: call mum"),
            tasks.search(mine, NAME.desc()).map { it.name })
    }

    @Test
    fun `navigating relations of a page costs one call`(odoo: OdooClient, server: OdooTestServer) {
        val tasks = TodoTaskModel.of(odoo)
        val tags = TodoTaskTagModel.of(odoo).createAll(listOf("home", "work")) { tag -> name(tag) }
        tasks.createAll(1..50) { i -> name("navigation %02d".format(i)).tags(listOf(tags[i % 2])) }

        server.resetRequestCount()
        val seen = tasks.search(NAME.ilike("navigation"), ID.asc())
            .map { "${it.name} ${it.user?.name} ${it.tags.joinToString { tag -> tag.name }}" }
        val calls = server.requestCount()

        assertEquals(50, seen.size)
        assertEquals("navigation 01 Mitchell Admin work", seen.first())
        assertEquals("navigation 50 Mitchell Admin home", seen.last())
        assertEquals(1L, calls, "one web_search_read with a nested specification brings users and tags along")
    }

    @Test
    fun `write changes the server and what the record shows`(odoo: OdooClient, server: OdooTestServer) {
        val tasks = TodoTaskModel.of(odoo)
        val task = tasks.create { name("write: plan").dateDeadline(LocalDate.of(2027, 3, 1)) }
        assertFalse(task.isDone)

        tasks.write(task) { isDone(true).dateDeadline(null) }

        assertTrue(task.isDone, "the record re-reads the written fields")
        assertNull(task.dateDeadline)
        assertTrue(tasks.browse(task.id).isDone)

        val many = tasks.createAll(1..20) { i -> name("write: bulk $i") }
        server.resetRequestCount()
        tasks.write(many) { priority(Priority.HIGH) }
        assertEquals(1, server.requestCount(), "one write call for twenty records")
        assertEquals(20, tasks.count(NAME.ilike("write: bulk") and PRIORITY.eq(Priority.HIGH)))

        val tag = TodoTaskTagModel.of(odoo).create { name("write-tag") }
        tasks.write(task) { tags(X2many.add(tag)) }
        assertEquals(listOf("write-tag"), tasks.browse(task.id).tags.map { it.name })
        tasks.write(task) { tags(X2many.clear()) }
        assertEquals(emptyList(), tasks.browse(task.id).tags)
    }

    @Test
    fun `model methods run on the server`(odoo: OdooClient) {
        val tasks = TodoTaskModel.of(odoo)
        val task = tasks.create { name("methods: toggle") }

        assertTrue(task.toggleDone())
        assertTrue(tasks.browse(task.id).isDone)
        task.doNothing()
        assertTrue(task.isDone)
    }

    @Test
    fun `unlink deletes, and reading a deleted record fails clearly`(odoo: OdooClient) {
        val tasks = TodoTaskModel.of(odoo)
        val task = tasks.create { name("unlink: me") }
        val id = task.id

        tasks.unlink(task)

        assertEquals(0, tasks.count(ID.eq(id)))
        val error = assertFailsWith<OdooMissingRecordException> { tasks.browse(id).name }
        assertTrue("todo.task" in error.message.orEmpty(), error.message)
    }

    @Test
    fun `searchSequence reads page by page as it is consumed`(odoo: OdooClient, server: OdooTestServer) {
        val tasks = TodoTaskModel.of(odoo)
        tasks.createAll(1..25) { i -> name("sequence %02d".format(i)) }
        val all = tasks.searchSequence(NAME.ilike("sequence"), pageSize = 10, order = ID.asc())

        server.resetRequestCount()
        assertEquals((1..25).map { "sequence %02d".format(it) }, all.map { it.name }.toList())
        assertEquals(3, server.requestCount(), "pages of 10, 10 and 5")

        server.resetRequestCount()
        assertEquals("sequence 01", all.first().name)
        assertEquals(1, server.requestCount(), "first() reads one page")
    }
}

package io.typedoo.kotlin

import io.typedoo.typed.Page
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import kotlin.test.assertEquals

class PagedSequenceTest {

    /** A result of [size] numbers served page by page, remembering which pages were asked for. */
    private class Pages(size: Int) {
        private val all = (1..size).toList()
        val asked = mutableListOf<Page>()

        fun fetch(page: Page): List<Int> {
            asked += page
            return all.drop(page.offset()).take(page.limit())
        }
    }

    @Test
    fun `reads nothing until the first item is asked for`() {
        val pages = Pages(10)
        val sequence = pagedSequence(4, pages::fetch)
        assertEquals(emptyList(), pages.asked)
        assertEquals(1, sequence.first())
        assertEquals(listOf(Page.of(0, 4)), pages.asked)
    }

    @Test
    fun `reads page after page and stops after the first short page`() {
        val pages = Pages(10)
        assertEquals((1..10).toList(), pagedSequence(4, pages::fetch).toList())
        assertEquals(listOf(Page.of(0, 4), Page.of(4, 4), Page.of(8, 4)), pages.asked)
    }

    @Test
    fun `a result that fills its last page costs one more, empty, page`() {
        val pages = Pages(8)
        assertEquals((1..8).toList(), pagedSequence(4, pages::fetch).toList())
        assertEquals(listOf(Page.of(0, 4), Page.of(4, 4), Page.of(8, 4)), pages.asked)
    }

    @Test
    fun `take stops reading pages`() {
        val pages = Pages(100)
        assertEquals(listOf(1, 2, 3, 4, 5), pagedSequence(4, pages::fetch).take(5).toList())
        assertEquals(2, pages.asked.size)
    }

    @Test
    fun `page size must be positive`() {
        val error = assertThrows<IllegalArgumentException> { pagedSequence(0, Pages(1)::fetch) }
        assertEquals("pageSize must be positive, got 0", error.message)
    }
}

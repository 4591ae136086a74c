package io.typedoo.kotlin

import io.typedoo.domain.Domain
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals

class DomainsTest {

    private val name = Domain.leaf("name", "ilike", "invoice")
    private val open = Domain.leaf("is_done", "=", false)
    private val mine = Domain.leaf("user_id", "=", 2L)

    @Test
    fun `and is Odoo's prefix and`() {
        assertEquals(Domain.parse("['&', ('name','ilike','invoice'), ('is_done','=',False)]"), name and open)
    }

    @Test
    fun `or is Odoo's prefix or`() {
        assertEquals(Domain.parse("['|', ('name','ilike','invoice'), ('is_done','=',False)]"), name or open)
    }

    @Test
    fun `not is the prefix operator Kotlin takes from Domain itself`() {
        assertEquals(Domain.parse("['!', ('is_done','=',False)]"), !open)
    }

    @Test
    fun `infix calls group from the left, as every Kotlin infix function does`() {
        assertEquals(
            Domain.parse("['&', '|', ('name','ilike','invoice'), ('is_done','=',False), ('user_id','=',2)]"),
            name or open and mine,
        )
        assertEquals(
            Domain.parse("['|', ('name','ilike','invoice'), '&', ('is_done','=',False), ('user_id','=',2)]"),
            name or (open and mine),
        )
    }

    @Test
    fun `the empty domain stays neutral for and`() {
        assertEquals(open, Domain.all() and open)
    }
}

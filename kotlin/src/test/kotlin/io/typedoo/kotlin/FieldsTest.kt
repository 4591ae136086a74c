package io.typedoo.kotlin

import io.typedoo.domain.Domain
import io.typedoo.typed.StringField
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals

class FieldsTest {

    @Test
    fun `inList is Odoo's in operator`() {
        val name = StringField.of("name")
        assertEquals(Domain.parse("[('name','in',['a','b'])]"), name inList listOf("a", "b"))
    }
}

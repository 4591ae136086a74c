@file:JvmName("RecordModels")

package io.typedoo.kotlin

import io.typedoo.domain.Domain
import io.typedoo.typed.FetchPlan
import io.typedoo.typed.Order
import io.typedoo.typed.Page
import io.typedoo.typed.RecordModel
import io.typedoo.typed.RecordValues

/*
 * One Kotlin style for what a model does: the values builder is the receiver of the lambda that fills it
 * (`create { name("x") }`, `write(task) { isDone(true) }`, `createAll(items) { item -> name(item) }`), and paging
 * takes named arguments. The Java model methods that take a Consumer declare it as a type variable, which Kotlin
 * does not turn lambdas into, so a Kotlin lambda always lands here.
 */

/**
 * Creates one record with the values [fill] sets on the values builder, its receiver:
 *
 * ```
 * val task = tasks.create { name("Call the bank"); dateDeadline(LocalDate.now()) }
 * ```
 *
 * One `create` call. The record comes back without values; its first read loads them (or see `fetchAll`).
 */
public inline fun <T : Any, H : T, V : RecordValues<V>> RecordModel<T, H, V>.create(fill: V.() -> Unit): H =
    create(values().apply(fill))

/**
 * Creates one record per item of [items] in a single `create` call, with each record's values builder as the
 * receiver of [fill]:
 *
 * ```
 * val tasks = TodoTaskModel.of(odoo).createAll(titles) { title -> name(title).isDone(false) }
 * ```
 *
 * The records come back in the order of [items].
 */
public inline fun <T : Any, H : T, V : RecordValues<V>, E> RecordModel<T, H, V>.createAll(
    items: Iterable<E>,
    fill: V.(item: E) -> Unit,
): List<H> = createAll(items.map { item -> values().apply { fill(item) } })

/**
 * Writes the values [fill] sets on [record], in one `write` call; the record's cached values of those fields are
 * dropped, so its next read of them loads what the server stored:
 *
 * ```
 * tasks.write(task) { isDone(true); dateDeadline(null) }
 * ```
 */
public inline fun <T : Any, V : RecordValues<V>> RecordModel<T, *, V>.write(record: T, fill: V.() -> Unit) {
    write(record, values().apply(fill))
}

/** Writes the values [fill] sets on every one of [records], in one `write` call. */
public inline fun <T : Any, V : RecordValues<V>> RecordModel<T, *, V>.write(
    records: Collection<T>,
    fill: V.() -> Unit,
) {
    write(records, values().apply(fill))
}

/**
 * The records matching [domain], with paging and order as named arguments, in one call:
 *
 * ```
 * tasks.search(IS_DONE.eq(false), limit = 100, offset = 200, order = DATE_DEADLINE.asc())
 * ```
 *
 * @param limit at most this many records; null for all of them, 0 for none (no call then)
 * @param offset how many matching records to skip first
 * @param order the order, or null for the model's default order
 * @param plan what to bring (see [RecordModel.plan]); null for what the search learnt at this line of code
 */
public fun <T : Any, H : T> RecordModel<T, H, *>.search(
    domain: Domain = Domain.all(),
    limit: Int? = null,
    offset: Int = 0,
    order: Order? = null,
    plan: FetchPlan? = null,
): List<H> {
    require(limit == null || limit >= 0) { "limit must be 0 or more, or null for all, got $limit" }
    if (limit == 0) {
        return emptyList()
    }
    val page = Page.of(offset, limit ?: 0)
    return if (plan == null) search(domain, page, order) else search(domain, page, order, plan)
}

/** A handle on the record [id], without a call, as `browse(Long)` gives: so an `Int` variable works too. */
public fun <T : Any, H : T> RecordModel<T, H, *>.browse(id: Int): H = browse(id.toLong())

/** Handles on the records [ids], without a call; the first read loads all of them in one call. */
@JvmName("browseInts")
public fun <T : Any, H : T> RecordModel<T, H, *>.browse(ids: Collection<Int>): List<H> =
    browse(ids.map(Int::toLong))

/**
 * Handles on the records [ids]: `tasks.browse(1, 2, 3)`. Without a call; the first read loads all of them. One id
 * gives one record, not a list, as with the other `browse`s.
 */
public fun <T : Any, H : T> RecordModel<T, H, *>.browse(vararg ids: Int): List<H> = browse(ids.map(Int::toLong))

/** Handles on the records [ids]: `tasks.browse(a.id, b.id)`. Without a call; the first read loads all of them. */
public fun <T : Any, H : T> RecordModel<T, H, *>.browse(vararg ids: Long): List<H> = browse(ids.asList())

/**
 * The records matching [domain], as a lazy sequence that reads one page of [pageSize] records per call as it
 * is consumed (each page with its declared fields and prefetch, as [RecordModel.search] does):
 *
 * ```
 * tasks.searchSequence(IS_DONE.eq(false)).filter { it.user == null }.take(10).toList()
 * ```
 *
 * Paging uses offsets, so the sequence sees a consistent result only while nobody changes which records match;
 * give an [order] (such as `ID.asc()`) where the model's default order is not unique. The sequence stops after
 * the first page that is not full. It can be iterated more than once; each iteration reads again.
 */
public fun <T : Any, H : T> RecordModel<T, H, *>.searchSequence(
    domain: Domain = Domain.all(),
    pageSize: Int = DEFAULT_PAGE_SIZE,
    order: Order? = null,
): Sequence<H> = pagedSequence(pageSize) { page -> search(domain, page, order) }

/** The page size of [searchSequence] when none is given. */
public const val DEFAULT_PAGE_SIZE: Int = 200

/**
 * The items of the pages that [fetch] returns, from the first page of [pageSize] on, until a page comes back
 * with fewer than [pageSize] items. Nothing is fetched before the first item is asked for.
 */
internal fun <E> pagedSequence(pageSize: Int, fetch: (Page) -> List<E>): Sequence<E> {
    require(pageSize > 0) { "pageSize must be positive, got $pageSize" }
    return sequence {
        var page = Page.first(pageSize)
        while (true) {
            val items = fetch(page)
            yieldAll(items)
            if (items.size < pageSize) {
                break
            }
            page = page.next()
        }
    }
}

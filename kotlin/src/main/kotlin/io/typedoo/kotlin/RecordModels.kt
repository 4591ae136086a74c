@file:JvmName("RecordModels")

package io.typedoo.kotlin

import io.typedoo.domain.Domain
import io.typedoo.typed.Order
import io.typedoo.typed.Page
import io.typedoo.typed.RecordModel
import io.typedoo.typed.RecordValues

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

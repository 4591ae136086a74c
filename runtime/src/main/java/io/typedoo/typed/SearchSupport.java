package io.typedoo.typed;

import io.typedoo.client.ServerVersion;
import io.typedoo.error.OdooRemoteException;
import io.typedoo.error.OdooUnknownMethodException;
import org.jspecify.annotations.Nullable;

/**
 * What the record layer has learnt about one server's searches, kept per connection (see
 * {@link io.typedoo.internal.record.ConnectionState}): whether it takes Odoo 17's {@code web_search_read} with a
 * nested {@code specification}. Known at once when the connection has asked the server's version already;
 * otherwise learnt from the first search instead of a {@code version()} call of its own: the search tries
 * {@code web_search_read}, and a server that refuses it (Odoo 16 and older) is asked with {@code search_read} from
 * then on. Thread-safe.
 */
final class SearchSupport {

    private volatile @Nullable Boolean specification;

    /** Nothing known yet: the first search tries. */
    SearchSupport() {
    }

    /** What {@code known} (the server's version, when the connection has asked it) says; nothing when null. */
    SearchSupport(@Nullable ServerVersion known) {
        if (known != null && known.major() > 0) {
            specification = known.hasWebSearchReadSpecification();
        }
    }

    /** False once the server has refused a specification; true or unknown (null) otherwise. */
    boolean mayTakeSpecification() {
        return !Boolean.FALSE.equals(specification);
    }

    void tookSpecification() {
        specification = Boolean.TRUE;
    }

    void refusedSpecification() {
        specification = Boolean.FALSE;
    }

    /**
     * True when {@code e} is how a server before Odoo 17 refuses {@code web_search_read(domain,
     * specification=...)}: the method is unknown (before 14: {@code AttributeError}, which newer servers word as
     * "does not exist"), or it exists without a {@code specification} parameter (14 to 16: {@code TypeError},
     * "unexpected keyword argument 'specification'"). Any other failure (access, domain) is the search's own.
     */
    static boolean refusesSpecification(OdooRemoteException e) {
        if (e instanceof OdooUnknownMethodException) {
            return true;
        }
        String type = e.exceptionType() == null ? "" : e.exceptionType();
        String message = e.detail();
        return (type.endsWith("TypeError") && message.contains("specification"))
                || (type.endsWith("AttributeError") && message.contains("web_search_read"));
    }
}

package io.typedoo.example;

import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooMethod;
import io.typedoo.annotations.OdooModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

@OdooModel("res.partner")
public interface ResPartner {
    String name();

    @Nullable String email();

    boolean isCompany();

    @OdooField("parent_id")
    @Nullable ResPartner parent();

    @OdooField("child_ids")
    List<Long> childIds();

    @OdooField("partner_latitude")
    double latitude();

    @OdooField("credit_limit")
    @Nullable BigDecimal creditLimit();

    int color();

    @OdooField("write_date")
    LocalDateTime writeDate();

    @OdooField("create_date")
    Instant createdAt();

    @OdooField("image_128")
    byte @Nullable [] image();

    @OdooMethod("message_post")
    void post(String body, @Nullable LocalDateTime at, List<ResPartner> followers, Priority priority);

    @OdooMethod
    @Nullable String lastMessage(long limit);

    @OdooMethod("get_credit")
    BigDecimal credit(Instant at);
}

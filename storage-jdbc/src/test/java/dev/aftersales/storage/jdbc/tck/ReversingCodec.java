package dev.aftersales.storage.jdbc.tck;

import dev.aftersales.storage.jdbc.PersonalColumn;
import dev.aftersales.storage.jdbc.PersonalDataCodec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A test codec that makes stored personal data unreadable at a glance (the reversed UTF-8 text in
 * base64, tagged with the column) and checks that every value comes back through the column it
 * went in by. Stands in for an integrator's encryption.
 */
final class ReversingCodec implements PersonalDataCodec {

    static final String TAG = "enc:";

    @Override
    public String encode(PersonalColumn column, String value) {
        String reversed = new StringBuilder(value).reverse().toString();
        return TAG + column.ordinal() + ":" + Base64.getEncoder().encodeToString(reversed.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String decode(PersonalColumn column, String stored) {
        String prefix = TAG + column.ordinal() + ":";
        if (!stored.startsWith(prefix)) {
            throw new IllegalStateException("column " + column + " holds a value encoded for another column");
        }
        String reversed = new String(Base64.getDecoder().decode(stored.substring(prefix.length())), StandardCharsets.UTF_8);
        return new StringBuilder(reversed).reverse().toString();
    }
}

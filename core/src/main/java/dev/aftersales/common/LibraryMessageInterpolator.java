package dev.aftersales.common;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Hibernate Validator's message interpolation with the library's own bundle
 * ({@link CommandMessages#BUNDLE}) in place of the class-path root's {@code ValidationMessages}
 * (rule CP-2). Keys resolve from the library's bundle, then from Hibernate Validator's built-in
 * messages; an application's {@code ValidationMessages.properties} is never read, so it can
 * neither turn the library's messages into raw keys nor change them.
 *
 * <p>Terms are resolved as by {@link ParameterMessageInterpolator}: {@code {parameters}} only, no
 * expression language, so no EL implementation is needed and a message never echoes a rejected
 * value (rule EU-4).
 */
final class LibraryMessageInterpolator extends AbstractMessageInterpolator {

    private final MessageInterpolator parameters = new ParameterMessageInterpolator();

    LibraryMessageInterpolator() {
        super(new PlatformResourceBundleLocator(CommandMessages.BUNDLE, LibraryMessageInterpolator.class.getClassLoader()));
    }

    @Override
    protected String interpolate(Context context, Locale locale, String term) {
        // a single term such as {max}, after the bundles were applied: the parameter-only interpolator
        // replaces it by the constraint's attribute (and leaves ${...} expressions as they are)
        return parameters.interpolate(term, context, locale);
    }
}

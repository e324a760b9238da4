package shop.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A person's name as others will read it (in mails, on the account page, to admins): letters of any
 * alphabet with their accents, digits, spaces, hyphens, apostrophes, full stops and commas. Refused: markup
 * and other symbols, control and invisible characters (zero-width spaces, right-to-left overrides), and
 * words that mix look-alike alphabets ("Pаypal" with a Cyrillic "а"). Empty values pass: pair it with
 * {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = PersonName.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonName {

    String message() default "{user.name.characters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PersonName, String> {

        private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} '’.,-]+");
        private static final Pattern LETTER = Pattern.compile("\\p{L}");
        /** Alphabets with letters that look alike; a word may use only one of them. */
        private static final Set<Character.UnicodeScript> CONFUSABLE = EnumSet.of(Character.UnicodeScript.LATIN,
                Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK, Character.UnicodeScript.ARMENIAN);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String name = normalize(value);
            if (!ALLOWED.matcher(name).matches() || !LETTER.matcher(name).find()) {
                return false;
            }
            for (String word : name.split("[\\s.,-]+")) {
                if (scriptsIn(word) > 1) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate("{user.name.mixed-scripts}").addConstraintViolation();
                    return false;
                }
            }
            return true;
        }

        private static long scriptsIn(String word) {
            return word.codePoints().mapToObj(Character.UnicodeScript::of).filter(CONFUSABLE::contains).distinct().count();
        }

        /** The name as stored: composed characters, spaces collapsed, trimmed. */
        public static String normalize(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        }
    }
}

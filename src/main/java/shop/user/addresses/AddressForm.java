package shop.user.addresses;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import shop.user.FormText;
import shop.user.HumanText;

/** An address as the address form holds it, tidied as typed; checked by Bean Validation. */
@AddressForm.PostcodeFitsCountry
record AddressForm(
        @NotBlank(message = "{user.address.fullName.required}")
        @Size(max = AddressDetails.MAX_NAME, message = "{user.size}")
        @HumanText(message = "{user.human-text.characters}") String fullName,
        @NotBlank(message = "{user.address.street.required}")
        @Size(max = AddressDetails.MAX_STREET, message = "{user.size}")
        @HumanText(message = "{user.address.street.characters}", punctuation = "'’.,\\-/#&()") String street,
        @Size(max = AddressDetails.MAX_POSTCODE, message = "{user.size}") String postcode,
        @NotBlank(message = "{user.address.city.required}")
        @Size(max = AddressDetails.MAX_CITY, message = "{user.size}")
        @HumanText(message = "{user.address.city.characters}", punctuation = "'’.,\\-/()") String city,
        @NotBlank(message = "{user.address.country.required}")
        @Pattern(regexp = "^$|^[A-Z]{2}$", message = "{user.address.country.unknown}") String country,
        @Size(max = AddressDetails.MAX_PHONE, message = "{user.size}")
        @Pattern(regexp = "^$|^\\+?(?:[ ()./-]*[0-9]){5,15}[ ()./-]*$", message = "{user.address.phone.format}") String phone) {

    AddressForm {
        fullName = FormText.tidy(fullName);
        street = FormText.tidy(street);
        postcode = FormText.tidy(postcode).toUpperCase(Locale.ROOT);
        city = FormText.tidy(city);
        country = FormText.tidy(country);
        phone = FormText.tidy(phone);
    }

    static AddressForm empty(String country) {
        return new AddressForm("", "", "", "", country, "");
    }

    static AddressForm of(Address address) {
        AddressDetails d = address.details();
        return new AddressForm(d.fullName(), d.street(), d.postcode(), d.city(), d.country(),
                d.phone() == null ? "" : d.phone());
    }

    /** The checked form as the address book takes it. */
    AddressDetails details() {
        return new AddressDetails(fullName, street, Postcodes.normalize(postcode), city, country, phone);
    }

    /**
     * A country from the list, and a postcode that fits it: required and shaped like one where the format is
     * well known, optional elsewhere. Reports on the {@code country} and {@code postcode} fields.
     */
    @Documented
    @Constraint(validatedBy = PostcodeFitsCountry.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface PostcodeFitsCountry {

        String message() default "{user.address.postcode.format}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<PostcodeFitsCountry, AddressForm> {

            @Override
            public boolean isValid(AddressForm form, ConstraintValidatorContext context) {
                context.disableDefaultConstraintViolation();
                if (form.country().isEmpty()) {
                    return true;
                }
                if (!Countries.isKnown(form.country())) {
                    if (form.country().matches("^[A-Z]{2}$")) {
                        context.buildConstraintViolationWithTemplate("{user.address.country.unknown}")
                                .addPropertyNode("country").addConstraintViolation();
                        return false;
                    }
                    return true;
                }
                if (form.postcode().length() > AddressDetails.MAX_POSTCODE) {
                    return true; // @Size says so
                }
                if (HumanText.Validator.INVISIBLE.matcher(form.postcode()).find()) {
                    context.buildConstraintViolationWithTemplate("{user.text.invisible}")
                            .addPropertyNode("postcode").addConstraintViolation();
                    return false;
                }
                var problem = Postcodes.problem(form.country(), Postcodes.normalize(form.postcode()));
                if (problem.isEmpty()) {
                    return true;
                }
                context.unwrap(HibernateConstraintValidatorContext.class)
                        .addMessageParameter("country", Countries.nameOf(form.country()))
                        .addMessageParameter("example", problem.get().example() == null ? "" : problem.get().example())
                        .buildConstraintViolationWithTemplate("{" + problem.get().code() + "}")
                        .addPropertyNode("postcode").addConstraintViolation();
                return false;
            }
        }
    }
}

package shop.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders messages from {@code templates/notification/mail/} (an HTML body in the shared mail layout, a
 * plain-text body, a subject from {@code notification/messages}) and {@code templates/notification/sms/}
 * (text only). Its own template engine, so the
 * mails do not depend on the web's view configuration; Thymeleaf escapes every value.
 */
@Component
class MessageTemplates {

    private static final String FOLDER = "templates/notification/";

    private final SpringTemplateEngine engine;
    private final MessageSource texts;
    private final NotificationSettings settings;

    MessageTemplates(MessageSource texts, NotificationSettings settings) {
        this.texts = texts;
        this.settings = settings;
        this.engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(texts);
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(FOLDER);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    RenderedMessage render(Template template, Recipient recipient, Map<String, Object> values, Locale locale) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("name", recipient.name().isEmpty() ? recipient.address() : recipient.name());
        model.put("shopName", settings.shopName());
        model.put("shopUrl", settings.baseUrl());
        model.put("category", template.category().name());
        var context = new Context(locale, model);

        if (template.channel() == Channel.SMS) {
            return new RenderedMessage(null, engine.process("sms/" + template.name() + ".txt", context).strip(), null);
        }
        String text = engine.process("mail/" + template.name() + ".txt", context).strip() + "\n";
        String subject = texts.getMessage("mail." + template.name() + ".subject",
                new Object[] {settings.shopName(), recipient.name()}, locale);
        return new RenderedMessage(oneLine(subject), text, engine.process("mail/" + template.name() + ".html", context));
    }

    /** A subject is a header: no line breaks, whatever the name in it contained. */
    private static String oneLine(String subject) {
        return subject.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip();
    }
}

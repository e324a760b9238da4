package shop.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The form fragments every module's forms use ({@code templates/layout/forms.html}), rendered by Spring MVC
 * and Thymeleaf as a page would be: label, input, hint and message wired together, the summary linking to
 * each field, what was typed kept, passwords never echoed.
 */
class FormFragmentsTests {

    record ProbeForm(@NotBlank(message = "{probe.name.required}") @Size(max = 5, message = "{probe.name.long}") String name,
            String password, String notes) {
    }

    @Controller
    static class ProbeController {

        @GetMapping("/probe")
        ModelAndView show() {
            return new ModelAndView("probe/form").addObject("form", new ProbeForm("", "", ""));
        }

        @PostMapping("/probe")
        ModelAndView submit(@Valid @ModelAttribute("form") ProbeForm form, BindingResult binding) {
            if (!"secret".equals(form.password())) {
                binding.rejectValue("password", "probe.password.wrong");
            }
            binding.reject("probe.whole-form");
            return new ModelAndView("probe/form", HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    /** Spring MVC with Thymeleaf, the shop's templates and a few messages; nothing else of the shop. */
    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    static class ProbeWeb implements WebMvcConfigurer {

        @Bean
        StaticMessageSource messageSource() {
            var messages = new StaticMessageSource();
            Map.of("probe.name.required", "Enter a name.", "probe.name.long", "Use at most 5 characters.",
                    "probe.password.wrong", "That is not the password.", "probe.whole-form", "Nothing was saved.",
                    "form.problems.one", "There is 1 problem to correct",
                    "form.problems.many", "There are {0} problems to correct")
                    .forEach((code, text) -> messages.addMessage(code, Locale.ENGLISH, text));
            return messages;
        }

        @Override
        public org.springframework.validation.Validator getValidator() {
            var validator = new LocalValidatorFactoryBean();
            validator.setValidationMessageSource(messageSource());
            validator.afterPropertiesSet();
            return validator;
        }

        @Bean
        ThymeleafViewResolver views(StaticMessageSource messageSource) {
            var shopTemplates = new ClassLoaderTemplateResolver();
            shopTemplates.setPrefix("templates/");
            shopTemplates.setSuffix(".html");
            var probeTemplates = new ClassLoaderTemplateResolver();
            probeTemplates.setPrefix("shop/common/web/");
            probeTemplates.setSuffix(".html");
            probeTemplates.setResolvablePatterns(Set.of("probe/*"));
            probeTemplates.setOrder(0);
            var engine = new SpringTemplateEngine();
            engine.setTemplateResolvers(Set.of(probeTemplates, shopTemplates));
            engine.setTemplateEngineMessageSource(messageSource);
            var views = new ThymeleafViewResolver();
            views.setTemplateEngine(engine);
            views.setCharacterEncoding("UTF-8");
            return views;
        }

        @Bean
        ProbeController probeController() {
            return new ProbeController();
        }
    }

    private MockMvcTester mvc;

    @BeforeEach
    void setUp() {
        var context = new AnnotationConfigWebApplicationContext();
        context.register(ProbeWeb.class);
        context.setServletContext(new MockServletContext());
        context.refresh();
        mvc = MockMvcTester.from(context);
    }

    @Test
    void aCleanFormHasNoSummaryNorMessages() {
        assertThat(mvc.get().uri("/probe")).hasStatusOk().bodyText()
                .contains("<label for=\"name\">Name</label>", "id=\"name-help\"", "aria-describedby=\"name-help\"")
                .doesNotContain("error-summary", "class=\"error\"", "aria-invalid");
    }

    @Test
    void aRefusedFormListsEveryProblemAndMarksEachField() {
        assertThat(mvc.post().uri("/probe").param("name", "<b>far too long</b>").param("password", "guess")
                .param("notes", "kept"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("There are 3 problems to correct",
                        "<a href=\"#name\">Use at most 5 characters.</a>",
                        "<a href=\"#password\">That is not the password.</a>",
                        "<a href=\"#error-summary\">Nothing was saved.</a>",
                        "aria-invalid=\"true\" aria-describedby=\"name-help name-error\"",
                        "<p class=\"error\" id=\"name-error\">Use at most 5 characters.</p>",
                        "<p class=\"error\" id=\"password-error\">That is not the password.</p>",
                        "value=\"&lt;b&gt;far too long&lt;/b&gt;\"", ">kept</textarea>")
                .doesNotContain("guess", "<b>far");
    }
}

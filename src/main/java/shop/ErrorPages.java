package shop;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error a request ends in: a page inside the layout for browsers, RFC 9457 problem details for
 * everyone else. Neither shows a stack trace or an exception's message.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        return new ModelAndView("error/page", Map.of("status", status.value(), "kind", kindOf(status)), status);
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailOf(status));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            problem.setInstance(URI.create(path));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            HttpStatus status = HttpStatus.resolve(code);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** Picks the page's wording: the template has a heading and a sentence per kind. */
    private static String kindOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND, GONE -> "not-found";
            case FORBIDDEN, UNAUTHORIZED -> "forbidden";
            case TOO_MANY_REQUESTS -> "too-many";
            case CONTENT_TOO_LARGE -> "too-large";
            case SERVICE_UNAVAILABLE -> "unavailable";
            default -> status.is4xxClientError() ? "bad-request" : "server";
        };
    }

    private static String detailOf(HttpStatus status) {
        return switch (kindOf(status)) {
            case "not-found" -> "Nothing exists at this address.";
            case "forbidden" -> "You are not allowed to do this.";
            case "too-many" -> "Too many requests; wait a moment and try again.";
            case "too-large" -> "The upload is larger than the shop accepts.";
            case "unavailable" -> "This part of the shop is temporarily unavailable; try again shortly.";
            case "bad-request" -> "The request could not be processed as sent.";
            default -> "Something went wrong on our side. It has been logged; please try again.";
        };
    }
}

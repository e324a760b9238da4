/**
 * Web plumbing that every module's pages and APIs share, so that each job is done one way: knowing an htmx
 * request ({@link shop.common.web.HtmxRequest}), the answer when a module's storage fails
 * ({@link shop.common.web.StorageUnavailable}), problem details for the JSON API
 * ({@link shop.common.web.ApiProblems}), rendering a fragment once to reuse it
 * ({@link shop.common.web.FragmentRenderer}) and the page chrome ({@link shop.common.web.PageChrome}). Forms use
 * Bean Validation and {@code BindingResult} with the fragments of {@code templates/layout/forms.html}.
 * <p>
 * It lives in the shared kernel because every module needs it and none may depend on another's internals;
 * it knows no module and holds no domain. {@code ArchitectureTests} keeps such plumbing here.
 */
@NamedInterface("web")
package shop.common.web;

import org.springframework.modulith.NamedInterface;

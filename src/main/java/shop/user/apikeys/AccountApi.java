package shop.user.apikeys;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import shop.user.Texts;

/**
 * The key holder's own account for machine clients (scope {@code customer}). Everything is looked up by the
 * account the presented key belongs to: no request names an account, so none can reach another's data; a key
 * id of someone else's key is not found.
 */
@RestController
@RequestMapping(path = "/api/v1/account", produces = "application/json")
@Tag(name = "Account", description = "Your own account and API keys (scope customer)")
class AccountApi {

    private final Profiles profiles;
    private final ApiKeys keys;
    private final Texts texts;

    AccountApi(Profiles profiles, ApiKeys keys, Texts texts) {
        this.profiles = profiles;
        this.keys = keys;
        this.texts = texts;
    }

    /** The account's public profile. */
    record Profile(long id, String email, String name, boolean verified) {
    }

    /** One of the account's working keys; the key itself is never shown again after it was created. */
    record Key(long id, String name, String scope, String prefix, Instant createdAt, Instant lastUsedAt) {
    }

    @GetMapping
    @Operation(summary = "The profile of the account the key belongs to")
    Profile profile(@AuthenticationPrincipal ApiClient client) {
        return profiles.of(client.accountId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                texts.get("user.api.account-gone")));
    }

    @GetMapping("/api-keys")
    @Operation(summary = "The account's working API keys, newest first, without their secret")
    List<Key> keys(@AuthenticationPrincipal ApiClient client) {
        return keys.activeKeysOf(client.accountId()).stream()
                .map(key -> new Key(key.id(), key.name(), key.scope().value(), key.prefix(), key.createdAt(), key.lastUsedAt()))
                .toList();
    }

    @DeleteMapping("/api-keys/{id}")
    @Operation(summary = "Revokes one of the account's keys (also the one making the request)")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        if (!keys.revokeOwn(client.email(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, texts.get("user.api.no-such-key", String.valueOf(id)));
        }
        return ResponseEntity.noContent().build();
    }
}

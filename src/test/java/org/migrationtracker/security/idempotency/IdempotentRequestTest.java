package org.migrationtracker.security.idempotency;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotentRequestTest {

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_same_method_path_query_and_body_hash_alike_and_any_difference_hashes_apart() {
        var one = IdempotentRequest.of("k", "POST", "/api/v1/batches", "x=1", bytes("{}"));

        assertThat(IdempotentRequest.of("k", "post", "/api/v1/batches", "x=1", bytes("{}")).hash()).isEqualTo(one.hash());
        assertThat(IdempotentRequest.of("k", "PUT", "/api/v1/batches", "x=1", bytes("{}")).hash()).isNotEqualTo(one.hash());
        assertThat(IdempotentRequest.of("k", "POST", "/api/v1/batch", "x=1", bytes("{}")).hash()).isNotEqualTo(one.hash());
        assertThat(IdempotentRequest.of("k", "POST", "/api/v1/batches", "x=2", bytes("{}")).hash()).isNotEqualTo(one.hash());
        assertThat(IdempotentRequest.of("k", "POST", "/api/v1/batches", "x=1", bytes("{ }")).hash()).isNotEqualTo(one.hash());
        assertThat(one.hash()).hasSize(64);
    }

    @Test
    void a_uuid_is_a_usable_key_and_empty_too_long_or_non_ascii_keys_are_refused() {
        assertThat(IdempotentRequest.refusal("3f2b8c1e-0d4a-4e59-9b7e-2c1f0a6d5e44")).isNull();
        assertThat(IdempotentRequest.refusal("k".repeat(255))).isNull();
        assertThat(IdempotentRequest.refusal("k".repeat(256))).contains("256 characters", "at most 255");
        assertThat(IdempotentRequest.refusal(" ")).contains("empty");
        assertThat(IdempotentRequest.refusal("clé")).contains("printable ASCII");
    }

    @Test
    void only_calls_that_change_data_take_part() {
        assertThat(IdempotentRequest.isWrite("POST")).isTrue();
        assertThat(IdempotentRequest.isWrite("delete")).isTrue();
        assertThat(IdempotentRequest.isWrite("GET")).isFalse();
        assertThat(IdempotentRequest.isWrite("HEAD")).isFalse();
    }
}

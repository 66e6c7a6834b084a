package org.migrationtracker.csv;

import org.jspecify.annotations.Nullable;

/** What the API's import endpoints received: a raw body or a multipart file, made into a file name and bytes. */
public final class UploadedFile {

    private UploadedFile() {
    }

    /** An absent body is an empty file: the CSV reader says so (422 "the file is empty"), rather than a bare 400. */
    public static byte[] bytesOf(byte @Nullable [] body) {
        return body == null ? new byte[0] : body;
    }

    /** The multipart file's own name, or the endpoint's default when the client sent none. */
    public static String nameOf(@Nullable String originalName, String fallback) {
        return originalName == null || originalName.isBlank() ? fallback : originalName;
    }
}

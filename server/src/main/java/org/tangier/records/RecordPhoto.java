package org.tangier.records;

/** A record's photo (JPEG or PNG) as stored, for parts that apply the access rules themselves (screening). */
public record RecordPhoto(String contentType, byte[] bytes) {
}

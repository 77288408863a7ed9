/**
 * Getting rows into a dataset: decoding bytes to text ({@code TextDecoder}), reading CSV,
 * JSON and XLSX ({@code CsvRows}, {@code JsonRows}, {@code XlsxRows},
 * {@code TabularRows}), checking each row against the schema ({@code RowChecker},
 * {@code KeySet}), writing them with COPY ({@code DataRows}, encoded by the root's
 * {@code CopyBuffer}), keeping the raw payload ({@code PayloadStore}) and the load's
 * record and report. {@code LoadService} is the entry point (push API, upload, pull,
 * demo); {@code BodyReader} alone chooses the reader and decoding of a body, whether a
 * load's or a sample's for schema inference ({@code SampleReader}).
 */
@NullMarked
package id.satudata.portal.datastore.ingest;

import org.jspecify.annotations.NullMarked;

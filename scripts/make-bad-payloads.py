#!/usr/bin/env python3
"""Writes the corpus of bad payloads (src/test/resources/payloads/bad) and its manifest.

Every payload targets the test schema of BadPayloadCorpusTest (kode_kabupaten_kota string required,
nama_kabupaten_kota string, tahun year required, jumlah_penduduk integer required, luas_km2 number;
primary key kode_kabupaten_kota + tahun; the table already holds 6401/2023, 6402/2023, 6471/2023).
Manifest columns: file, content type ("-" for none), mode, expected HTTP status, expected problem
("-" when the request is refused before any load starts).
"""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "payloads", "bad")
H = "kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk,luas_km2\n"
CSV = "text/csv"
JSON = "application/json"
cases = []


def add(name, body, status, problem, ctype=CSV, mode="append"):
    data = body if isinstance(body, bytes) else body.encode("utf-8")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    cases.append((name, ctype, mode, status, problem))


# malformed CSV
add("csv_unclosed_quote.csv", H + '6409,"Penajam,2023,1,2\n', 400, "MALFORMED")
add("csv_unclosed_quote_multiline.csv", H + '6409,"Penajam\nPaser Utara,2023,1,2\n6411,x,2023,1,2\n', 400, "MALFORMED")
add("csv_text_after_quote.csv", H + '6409,"Penajam"x,2023,1,2\n', 400, "MALFORMED")
add("csv_empty_body.csv", b"", 400, "EMPTY")
add("csv_only_bom.csv", b"\xef\xbb\xbf", 400, "EMPTY")
add("csv_only_blank_lines.csv", "\n\n\r\n,,,\n", 400, "EMPTY")
add("csv_invalid_utf8_declared.csv", H.encode() + b"6409,Penajam \xff\xfe,2023,1,2\n", 400, "ENCODING",
    ctype="text/csv; charset=utf-8")
add("csv_huge_line.csv", H + "6409," + "x" * 1_000_100 + ",2023,1,2\n", 413, "TOO_LARGE")
add("csv_huge_quoted_field.csv", H + '6409,"' + "y\n" * 500_100 + '",2023,1,2\n', 413, "TOO_LARGE")
# header problems
add("csv_header_not_found.csv", "a,b,c\n1,2,3\n", 422, "HEADER")
add("csv_json_body_as_csv.csv", '[{"kode_kabupaten_kota": "6409"}]', 422, "HEADER")
add("csv_duplicate_header_column.csv",
    "kode_kabupaten_kota,tahun,jumlah_penduduk,tahun\n6409,2023,1,2023\n", 422, "HEADER")
add("csv_missing_required_column.csv", "kode_kabupaten_kota,tahun\n6409,2023\n", 422, "MISSING_REQUIRED")
add("csv_missing_key_column.csv", "nama_kabupaten_kota,tahun,jumlah_penduduk\nX,2023,1\n", 422, "MISSING_REQUIRED")
# unknown columns and extra values
add("csv_unknown_column.csv", "kode_kabupaten_kota,tahun,jumlah_penduduk,catatan\n6409,2023,1,baru\n", 422,
    "UNKNOWN_COLUMN")
add("csv_too_many_values.csv", H + "6409,Penajam,2023,1,2,extra\n", 422, "TOO_MANY_VALUES")
# wrong types
add("csv_wrong_type_year_text.csv", H + "6409,Penajam,dua ribu,1,2\n", 422, "WRONG_TYPE")
add("csv_wrong_type_year_range.csv", H + "6409,Penajam,99999,1,2\n", 422, "WRONG_TYPE")
add("csv_wrong_type_year_negative.csv", H + "6409,Penajam,-2020,1,2\n", 422, "WRONG_TYPE")
add("csv_wrong_type_year_fraction.csv", H + "6409,Penajam,2020.5,1,2\n", 422, "WRONG_TYPE")
add("csv_wrong_type_integer_fraction.csv", H + "6409,Penajam,2023,12.5,2\n", 422, "WRONG_TYPE")
add("csv_wrong_type_integer_text.csv", H + "6409,Penajam,2023,banyak,2\n", 422, "WRONG_TYPE")
add("csv_wrong_type_integer_overflow.csv", H + "6409,Penajam,2023,99999999999999999999,2\n", 422, "WRONG_TYPE")
add("csv_wrong_type_number_text.csv", H + "6409,Penajam,2023,1,luas\n", 422, "WRONG_TYPE")
add("csv_wrong_type_number_infinite.csv", H + "6409,Penajam,2023,1,1e999\n", 422, "WRONG_TYPE")
add("csv_wrong_type_number_nan.csv", H + "6409,Penajam,2023,1,NaN\n", 422, "WRONG_TYPE")
add("csv_semicolon_decimal_comma_in_integer.csv",
    "kode_kabupaten_kota;tahun;jumlah_penduduk\n6409;2023;1,5\n", 422, "WRONG_TYPE")
add("csv_cr_only_wrong_type.csv", H.replace("\n", "\r") + "6409,Penajam,20x3,1,2\r", 422, "WRONG_TYPE")
add("csv_wrong_type_late_row.csv", H + "".join(f"9{i:03d},K{i},2023,{i},1.5\n" for i in range(200)) +
    "9999,K,2023,seribu,1\n", 422, "WRONG_TYPE")
# missing required values
add("csv_missing_required_empty.csv", H + ",Penajam,2023,1,2\n", 422, "MISSING_REQUIRED")
add("csv_missing_required_dash.csv", H + "6409,Penajam,2023,-,2\n", 422, "MISSING_REQUIRED")
add("csv_missing_required_blank.csv", H + "6409,Penajam,   ,1,2\n", 422, "MISSING_REQUIRED")
add("csv_tab_missing_required.csv", "kode_kabupaten_kota\ttahun\tjumlah_penduduk\n6409\t2023\t\n", 422,
    "MISSING_REQUIRED")
add("csv_upsert_missing_required.csv", H + "6401,Paser,2023,,2\n", 422, "MISSING_REQUIRED", mode="upsert")
# duplicate keys
add("csv_duplicate_key_in_payload.csv", H + "6409,A,2023,1,2\n6411,B,2023,1,2\n6409,C,2023,3,4\n", 422,
    "DUPLICATE_KEY")
add("csv_duplicate_key_after_trim.csv", H + "6409,A,2023,1,2\n6409 ,B,2023,1,2\n", 422, "DUPLICATE_KEY")
add("csv_duplicate_key_existing_row.csv", H + "6409,A,2023,1,2\n6401,Paser,2023,1,2\n", 422, "DUPLICATE_KEY")
add("csv_replace_duplicate_key.csv", H + "6409,A,2023,1,2\n6409,B,2023,1,2\n", 422, "DUPLICATE_KEY",
    mode="replace")
add("csv_upsert_duplicate_key.csv", H + "6401,A,2023,1,2\n6401,B,2023,1,2\n", 422, "DUPLICATE_KEY",
    mode="upsert")
# content types and modes refused before a load
add("type_xml.csv", H + "6409,A,2023,1,2\n", 415, "-", ctype="application/xml")
add("type_html.csv", H + "6409,A,2023,1,2\n", 415, "-", ctype="text/html")
add("type_missing.csv", H + "6409,A,2023,1,2\n", 415, "-", ctype="-")
add("type_octet_stream.csv", H + "6409,A,2023,1,2\n", 415, "-", ctype="application/octet-stream")
add("type_xlsx_over_api.csv", H + "6409,A,2023,1,2\n", 415, "-",
    ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
add("mode_unknown.csv", H + "6409,A,2023,1,2\n", 400, "-", mode="merge")
# JSON
add("json_not_array_object.json", '{"kode_kabupaten_kota": "6409"}', 400, "MALFORMED", JSON)
add("json_not_array_string.json", '"hello"', 400, "MALFORMED", JSON)
add("json_array_of_numbers.json", "[1, 2, 3]", 400, "MALFORMED", JSON)
add("json_array_of_arrays.json", '[["6409", 2023]]', 400, "MALFORMED", JSON)
add("json_truncated.json", '[{"kode_kabupaten_kota": "6409", "tahun": 20', 400, "MALFORMED", JSON)
add("json_trailing_garbage.json", '[] x', 400, "MALFORMED", JSON)
add("json_single_quotes.json", "[{'kode_kabupaten_kota': '6409'}]", 400, "MALFORMED", JSON)
add("json_comment.json", '[/* baru */ {"kode_kabupaten_kota": "6409", "tahun": 2023, "jumlah_penduduk": 1}]',
    400, "MALFORMED", JSON)
add("json_nan_literal.json", '[{"kode_kabupaten_kota": "6409", "tahun": 2023, "jumlah_penduduk": NaN}]', 400,
    "MALFORMED", JSON)
add("json_csv_body.json", H + "6409,A,2023,1,2\n", 400, "MALFORMED", JSON)
add("json_empty_body.json", b"", 400, "EMPTY", JSON)
add("json_invalid_utf8.json", b'[{"kode_kabupaten_kota": "64\xc3\x28", "tahun": 2023, "jumlah_penduduk": 1}]', 400,
    "ENCODING", JSON)
add("json_wrong_type_year.json", '[{"kode_kabupaten_kota": "6409", "tahun": "abc", "jumlah_penduduk": 1}]', 422,
    "WRONG_TYPE", JSON)
add("json_wrong_type_boolean_for_integer.json",
    '[{"kode_kabupaten_kota": "6409", "tahun": 2023, "jumlah_penduduk": true}]', 422, "WRONG_TYPE", JSON)
add("json_nested_object.json",
    '[{"kode_kabupaten_kota": "6409", "tahun": 2023, "jumlah_penduduk": {"laki": 1}}]', 422, "WRONG_TYPE", JSON)
add("json_unknown_key.json",
    '[{"kode_kabupaten_kota": "6409", "tahun": 2023, "jumlah_penduduk": 1, "catatan": "x"}]', 422,
    "UNKNOWN_COLUMN", JSON)
add("json_missing_required_key.json", '[{"kode_kabupaten_kota": "6409", "tahun": 2023}]', 422,
    "MISSING_REQUIRED", JSON)
add("json_null_required.json", '[{"kode_kabupaten_kota": null, "tahun": 2023, "jumlah_penduduk": 1}]', 422,
    "MISSING_REQUIRED", JSON)
add("json_duplicate_key.json",
    '[{"kode_kabupaten_kota": "6409", "tahun": 2023, "jumlah_penduduk": 1},'
    ' {"kode_kabupaten_kota": "6409", "tahun": 2023, "jumlah_penduduk": 2}]', 422, "DUPLICATE_KEY", JSON)

with open(os.path.join(OUT, "manifest.tsv"), "w") as f:
    f.write("# file\tcontent-type\tmode\tstatus\tproblem\n")
    for c in cases:
        f.write("\t".join(str(x) for x in c) + "\n")
print(len(cases), "bad payloads")

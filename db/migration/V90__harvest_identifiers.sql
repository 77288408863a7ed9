-- Identifiers a national harvester can key on (issue 19). The CKAN harvester uses a package's "id" as
-- the GUID of what it gathers and as the id of the package it creates, so ids must be unique across
-- every regional portal: a UUID generated once per dataset, kept through renames (the slug is the
-- CKAN "name") and through backup and restore (it is an ordinary column). Each dataset publishes four
-- resources (CSV, JSON and XLSX downloads, the datastore API); each gets its own UUID the same way.

alter table dataset add column uuid uuid not null default gen_random_uuid();
alter table dataset add column csv_resource_uuid uuid not null default gen_random_uuid();
alter table dataset add column json_resource_uuid uuid not null default gen_random_uuid();
alter table dataset add column xlsx_resource_uuid uuid not null default gen_random_uuid();
alter table dataset add column api_resource_uuid uuid not null default gen_random_uuid();

alter table dataset add constraint dataset_uuid_key unique (uuid);
alter table dataset add constraint dataset_csv_resource_uuid_key unique (csv_resource_uuid);
alter table dataset add constraint dataset_json_resource_uuid_key unique (json_resource_uuid);
alter table dataset add constraint dataset_xlsx_resource_uuid_key unique (xlsx_resource_uuid);
alter table dataset add constraint dataset_api_resource_uuid_key unique (api_resource_uuid);

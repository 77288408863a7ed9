-- Rollup tables made before these indexes get them as new ones are made (RollupRepository.recreate):
-- (grouping, second value) lets a filter on a pair's second dimension seek (the villages of one year);
-- (grouping, rows desc, first value) lets a dimension's most frequent values be read in order
-- (a dashboard's first look at a village file: 80,000 rollup rows sorted for 500 took 70-95 ms).
do $$
declare
    rollup record;
begin
    for rollup in
        select c.relname as name
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'datastore' and c.relkind = 'r' and c.relname ~ '^ds_[0-9]+_rollup$'
    loop
        execute format('create index if not exists %I on datastore.%I (g, v2)', rollup.name || '_v2', rollup.name);
        execute format('create index if not exists %I on datastore.%I (g, _rows desc, v1)', rollup.name || '_rows',
                       rollup.name);
    end loop;
end
$$;

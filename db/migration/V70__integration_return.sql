-- Where a returned integration went back to, and until when it counts as returned.
-- A "no" decision sends an integration back to an earlier step (status RETURNED); it stays RETURNED,
-- with when, by whom and why, until it reaches again the decision step that sent it back. A further
-- "no" on the way keeps the outer decision step (the integration still has to pass it again) and
-- records the newer destination. The history keeps every return as a STEP_COMPLETED event with NO.

alter table integration
    -- the decision step whose "no" sent the integration back; null when not returned
    add column returned_from_step integer,
    -- the step it went back to (the last "no" while returned)
    add column returned_to_step   integer,
    add column returned_at        timestamptz,
    add column returned_by_name   text;

-- Integrations returned before this migration went back to PENDING as soon as the step they were
-- sent back to was done; the events say which of them have not reached the deciding step again.
with last_no as (
    select distinct on (e.integration_id)
           e.integration_id, e.id, e.from_step, e.to_step, e.occurred_at, e.actor_name
    from integration_event e
    where e.kind = 'STEP_COMPLETED' and e.outcome = 'NO'
    order by e.integration_id, e.id desc
)
update integration i
set status             = 'RETURNED',
    returned_from_step = n.from_step,
    returned_to_step   = n.to_step,
    returned_at        = n.occurred_at,
    returned_by_name   = n.actor_name
from last_no n
where n.integration_id = i.id
  and i.current_step is not null
  and n.to_step is not null
  and not exists (select 1
                  from integration_event later
                  where later.integration_id = i.id
                    and later.id > n.id
                    and later.kind = 'STEP_COMPLETED'
                    and later.to_step = n.from_step);

alter table integration
    add constraint integration_returned_check check (
        (status = 'RETURNED') = (returned_from_step is not null)
        and (returned_from_step is null) = (returned_to_step is null)
        and (returned_from_step is null) = (returned_at is null)
        and (returned_from_step is null) = (returned_by_name is null)),
    add foreign key (template_code, returned_from_step) references sop_step (template_code, step_no),
    add foreign key (template_code, returned_to_step) references sop_step (template_code, step_no);

create index integration_returned_idx on integration (template_code, returned_to_step) where returned_to_step is not null;

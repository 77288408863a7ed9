-- SOP templates as data: steps with actors, inputs (kelengkapan), time standards and outputs,
-- and the transition table that moves an integration from step to step.

create table sop_template (
    code                text    primary key,
    name                text    not null,
    issuer              text    not null,
    document_number     text,
    -- overall duration the SOP states (Kaltim: 3 to 4 months); null when it states none
    overall_min         integer,
    overall_max         integer,
    overall_unit        text    check (overall_unit in ('MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH')),
    is_default          boolean not null default false,
    check ((overall_min is null) = (overall_unit is null))
);
create unique index sop_template_one_default on sop_template (is_default) where is_default;

create table sop_step (
    template_code    text      not null references sop_template (code),
    step_no          integer   not null check (step_no > 0),
    activity         text      not null,
    -- roles marked in the SOP's actor columns, the leading one first
    actor_roles      text[]    not null,
    -- roles that may complete the step (or take its decision); ADMINISTRATOR may always act on their behalf
    completer_roles  text[]    not null,
    inputs           text      not null,
    time_min         integer   not null check (time_min > 0),
    time_max         integer   not null,
    time_unit        text      not null check (time_unit in ('MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH')),
    output_document  text      not null,
    -- whether completing the step needs an uploaded output document
    output_required  boolean   not null default true,
    decision_question text,
    primary key (template_code, step_no),
    check (time_max >= time_min),
    check (completer_roles <@ actor_roles),
    check (actor_roles <@ array['ADMINISTRATOR', 'PENGAWAS', 'TEKNIS', 'OPD', 'KEPALA_DINAS'])
);

-- outcome DONE for an ordinary step, YES/NO for a decision step; to_step null ends the integration.
create table sop_transition (
    template_code  text    not null,
    from_step      integer not null,
    outcome        text    not null check (outcome in ('DONE', 'YES', 'NO')),
    to_step        integer,
    status_after   text    not null check (status_after in ('PENDING', 'RETURNED', 'VALIDATED')),
    primary key (template_code, from_step, outcome),
    foreign key (template_code, from_step) references sop_step (template_code, step_no),
    foreign key (template_code, to_step) references sop_step (template_code, step_no)
);

-- Why a pull attempt failed, as a code and its arguments (translated when shown), like the
-- load errors; error keeps the English text (logs, and rows written before these columns,
-- which are shown as stored). For refused rows, the first row error's own code and arguments.
alter table pull_attempt
    add column reason_code             text,
    add column reason_params           text[] not null default '{}',
    add column first_error_code        text,
    add column first_error_params      text[] not null default '{}';

-- one row per data-quality finding: the readers' findings of committed batches (source extract) and the
--   warehouse rules' findings (source warehouse: sql/rules/*.sql), both kept raw; severity and messages come from
--   finding_catalogue (jobs/rules/findings.yaml): each message template is filled here with the finding's place,
--   values and parameters, numbers written as their reader writes them (10.618,5 / 10,618.5), exactly as
--   vn.ntp.warehouse.validate.MessageTemplate does for ./ntp validate and the feedback workbooks
create or replace table dq_issue as

with extract_findings as (

    select * from stg_finding

),

warehouse_findings as (

    select * from warehouse_finding

),

submissions as (

    select * from submission

),

---------- each message template cut once into its words and placeholders
catalogue as (

    select
        rule_code,
        severity,
        regexp_extract_all(message_vi, '"\{(?:actual|expected)\}"|\{[a-z_][a-z0-9_]*(?::text)?\}|[^{"]+|.') as tokens_vi,
        regexp_extract_all(message_en, '"\{(?:actual|expected)\}"|\{[a-z_][a-z0-9_]*(?::text)?\}|[^{"]+|.') as tokens_en,
        ---------- the names its messages use: a finding's other values are neither formatted nor looked up
        list_distinct(regexp_extract_all(message_vi || ' ' || message_en, '\{([a-z_][a-z0-9_]*)(?::text)?\}', 1)) as used_names
    from finding_catalogue

),

from_extraction as (

    select
        'extract'                                           as source,
        cast(null as varchar)                               as program_code,
        cast(null as integer)                               as year,
        extract_findings.submission_id,
        extract_findings.rule_code,
        coalesce(extract_findings.unit_code, submissions.unit_code) as unit_code,
        extract_findings.project_code,
        extract_findings.sheet,
        extract_findings.cell_ref,
        extract_findings.label,
        extract_findings.expected,
        extract_findings.actual,
        extract_findings.params,
        extract_findings.source_file,
        extract_findings.batch_id
    from extract_findings
    join submissions
        on submissions.submission_id = extract_findings.submission_id
        and submissions.batch_id = extract_findings.batch_id

),

---------- a warehouse finding may concern a unit without a file of its own (a roll-up): submission_id null
from_warehouse as (

    select
        'warehouse'                                         as source,
        warehouse_findings.program_code,
        warehouse_findings.year,
        warehouse_findings.submission_id,
        warehouse_findings.rule_code,
        coalesce(warehouse_findings.unit_code, submissions.unit_code) as unit_code,
        warehouse_findings.project_code,
        warehouse_findings.sheet,
        warehouse_findings.cell_ref,
        cast(null as varchar)                               as label,
        warehouse_findings.expected,
        warehouse_findings.actual,
        warehouse_findings.params,
        coalesce(warehouse_findings.source_file, submissions.source_file) as source_file,
        submissions.batch_id
    from warehouse_findings
    left join submissions
        on submissions.submission_id = warehouse_findings.submission_id

),

findings as (

    select * from from_extraction
    union all
    select * from from_warehouse

),

---------- the values a message can name: {cell}, {where}, {label}, {diff}, {expected}, {actual}, every parameter;
--   formatted: whether a number is written as its reader writes it ({name:text} never is); only those its rule's
--   messages use are kept (a finding of a warehouse rule carries 16 parameters, most of them for other uses)
valued as (

    select
        findings.*,
        catalogue.severity,
        catalogue.tokens_vi,
        catalogue.tokens_en,
        list_filter([
            {'name': 'cell', 'value': place, 'formatted': false},
            {'name': 'where', 'value': case when place = '' then '' else place || ': ' end, 'formatted': false},
            {'name': 'label', 'value': coalesce(findings.label, ''), 'formatted': false},
            {'name': 'diff', 'value': coalesce(diff, ''), 'formatted': true},
            {'name': 'expected', 'value': coalesce(findings.expected, ''), 'formatted': true},
            {'name': 'actual', 'value': coalesce(findings.actual, ''), 'formatted': true}
        ] || list_transform(
            list_filter(map_entries(cast(cast(coalesce(findings.params, '{}') as json) as map(varchar, varchar))),
                        lambda p: p.key not in ('cell', 'where', 'label', 'diff', 'expected', 'actual')),
            lambda p: {'name': p.key, 'value': coalesce(p.value, ''), 'formatted': true}
        ), lambda v: list_contains(catalogue.used_names, v.name)) as named
    from (
        select
            findings.*,
            case
                when coalesce(findings.sheet, '') = '' then coalesce(findings.cell_ref, '')
                when coalesce(findings.cell_ref, '') = '' then findings.sheet
                else findings.sheet || '!' || findings.cell_ref
            end                                             as place,
            ---------- decimal(18, 10) when both fit (7 integer digits, room for the rounding): the same value, and a
            ---------- text casts about 100 × faster to it than to decimal(38, 10)
            case
                when not (regexp_full_match(findings.actual, '-?[0-9]{1,27}(\.[0-9]+)?')
                          and regexp_full_match(findings.expected, '-?[0-9]{1,27}(\.[0-9]+)?')) then null
                when length(split_part(ltrim(findings.actual, '-'), '.', 1)) <= 7
                     and length(split_part(ltrim(findings.expected, '-'), '.', 1)) <= 7
                then rtrim(rtrim(cast(abs(cast(findings.actual as decimal(18, 10)) - cast(findings.expected as decimal(18, 10))) as varchar), '0'), '.')
                else rtrim(rtrim(cast(abs(cast(findings.actual as decimal(38, 10)) - cast(findings.expected as decimal(38, 10))) as varchar), '0'), '.')
            end                                             as diff
        from findings
    ) as findings
    left join catalogue
        on catalogue.rule_code = findings.rule_code

),

---------- each value as English writes it (1,234.5: grouped, at most 6 decimals, half up); Vietnamese swaps . and ,
---------- digits: a number's absolute value rounded to 6 decimals, trailing zeros dropped; through decimal(18, 6) when it
---------- fits (11 integer digits, room for the rounding), the same value, about 100 × faster than decimal(38, 6)
shown as (

    select
        valued.*,
        list_transform(
            list_transform(named, lambda v: {
                'name': v.name,
                'value': v.value,
                'digits': case
                    when not (v.formatted and regexp_full_match(v.value, '-?[0-9]{1,27}(\.[0-9]+)?')) then null
                    when length(split_part(ltrim(v.value, '-'), '.', 1)) <= 11
                    then rtrim(rtrim(cast(abs(cast(v.value as decimal(18, 6))) as varchar), '0'), '.')
                    else rtrim(rtrim(cast(abs(cast(v.value as decimal(38, 6))) as varchar), '0'), '.')
                end
            }),
            lambda v: {
                'name': v.name,
                'value': v.value,
                'number': v.digits is not null,
                'en': case
                    when v.digits is null then v.value
                    else (case when v.value like '-%' then '-' else '' end)
                         || reverse(rtrim(regexp_replace(reverse(split_part(v.digits, '.', 1)), '([0-9]{3})', '\1,', 'g'), ','))
                         || coalesce('.' || nullif(split_part(v.digits, '.', 2), ''), '')
                end
            }
        )                                                   as values_shown
    from valued

),

---------- "{name}" → the value in each language, "{name:text}" → as it is, "{actual}" in quotes → as typed: the
---------- tokens (words) and their values side by side, looked up by position (a map per finding costs twice as much)
lookup as (

    select
        shown.*,
        list_transform(values_shown, lambda v: '{' || v.name || '}')
            || list_transform(values_shown, lambda v: '{' || v.name || ':text}')
            || ['"{actual}"', '"{expected}"']               as words,
        list_transform(values_shown, lambda v: v.en)
            || list_transform(values_shown, lambda v: v.value)
            || ['"' || coalesce(shown.actual, '') || '"', '"' || coalesce(shown.expected, '') || '"'] as words_en,
        list_transform(values_shown, lambda v: case when v.number then translate(v.en, ',.', '.,') else v.en end)
            || list_transform(values_shown, lambda v: v.value)
            || ['"' || coalesce(shown.actual, '') || '"', '"' || coalesce(shown.expected, '') || '"'] as words_vi
    from shown

),

rendered as (

    select
        lookup.*,
        trim(array_to_string(list_transform(lookup.tokens_vi, lambda token: coalesce(words_vi[list_position(words, token)], token)), '')) as message_vi,
        trim(array_to_string(list_transform(lookup.tokens_en, lambda token: coalesce(words_en[list_position(words, token)], token)), '')) as message_en
    from lookup

),

final as (

    select
        ---------- contract
        findings.submission_id,
        findings.rule_code,
        findings.severity,
        findings.unit_code,
        findings.project_code,
        findings.sheet,
        findings.cell_ref,
        findings.expected,
        findings.actual,
        findings.message_vi                                 as message,

        ---------- extras
        findings.source,                                    -- extract / warehouse
        findings.source_file,
        findings.batch_id,
        findings.label,                                     -- the line the finding is about, as typed
        findings.message_en,
        submissions.status                                  as submission_status,
        coalesce(submissions.blocked, false)                as submission_blocked,
        coalesce(submissions.program_code, findings.program_code) as program_code,
        coalesce(submissions.year, findings.year)           as year,
        submissions.period_label
    from rendered as findings
    left join submissions
        on submissions.submission_id = findings.submission_id
        and submissions.batch_id = findings.batch_id

)

select * from final

-- The history of one grantor: every instrument by them or under their grants, in order, with how each ended.
-- :grantor person  the grantor, named as for poa authority --grantor
SELECT ins.executed_on, ins.kind, ins.grantor, ins.issuer, ins.forms, ins.supersedes_prior, ins.status,
       ins.ended_on, ins.ended_by, ins.end_condition, ins.document, ins.line_start, ins.line_end
FROM instruments ins
WHERE ins.id IN (
    SELECT id FROM instrument
    WHERE grantor_id = :grantor
    UNION
    SELECT dp.delegation_id FROM delegation_parent dp
    WHERE dp.stated_grantor_id = :grantor)
ORDER BY ins.executed_on, ins.id;

-- Delegations that give no authority, with the reason (parent not delegable, delegator not named, dated before the parent, parent not on file).
SELECT v.delegation_id, p.name AS delegator, g.name AS under_grantor, ins.executed_on, d.path AS document, v.reason
FROM invalid_delegation v
JOIN instrument ins ON ins.id = v.delegation_id
JOIN person p ON p.id = ins.grantor_id
JOIN person g ON g.id = v.grantor_id
JOIN document d ON d.id = ins.document_id
ORDER BY under_grantor, ins.executed_on;

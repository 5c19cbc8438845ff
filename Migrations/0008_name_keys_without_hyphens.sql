-- Name keys leave hyphens out: "Joan Lamm-Tennant" files under `lammtennant|j`, where EDGAR's
-- conformed name LAMMTENNANT JOAN M is looked up, and "Mirian Graddick-Weir" under
-- `graddickweir|m`, which GRADDICK WEIR MIRIAN M finds by its two first words written as one.
-- A key holds no other hyphen (its words are letters and digits), so the keys already stored
-- become exactly what the importer now makes.

UPDATE person_alias SET key = replace(key, '-', '') WHERE instr(key, '-') > 0;

UPDATE signature SET signer_key = replace(signer_key, '-', '') WHERE instr(signer_key, '-') > 0;

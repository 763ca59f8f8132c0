-- A deleted LB keeps its flexible IPs until the data plane has stopped listening on them; this says whether they are
-- then released or only detached (deleteLb's release_ip).
ALTER TABLE lb ADD COLUMN release_ips boolean NOT NULL DEFAULT false;

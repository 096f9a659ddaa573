CREATE TABLE IF NOT EXISTS arshjul_centre (
  id            VARCHAR(64)  PRIMARY KEY,
  name          VARCHAR(200) NOT NULL,
  municipality  VARCHAR(100) NOT NULL,
  county        VARCHAR(64)  NOT NULL,
  kind          VARCHAR(8)   NOT NULL,
  active        BOOLEAN      NOT NULL,
  joined_on     DATE         NOT NULL
);

CREATE TABLE IF NOT EXISTS arshjul_centre_staff (
  centre_id  VARCHAR(64)  NOT NULL REFERENCES arshjul_centre (id),
  username   VARCHAR(64)  NOT NULL,
  full_name  VARCHAR(200) NOT NULL,
  email      VARCHAR(200) NOT NULL,
  role       VARCHAR(32)  NOT NULL,
  unit       VARCHAR(8),
  PRIMARY KEY (centre_id, username, role)
);

-- One row per email the product decided to send; the unique key makes every email go out once.
CREATE TABLE IF NOT EXISTS arshjul_email (
  id            VARCHAR(64)  PRIMARY KEY,
  dedup_key     VARCHAR(300) NOT NULL UNIQUE,
  kind          VARCHAR(16)  NOT NULL,
  county        VARCHAR(64)  NOT NULL,
  centre_id     VARCHAR(64),
  task_id       VARCHAR(64),
  activity_key  VARCHAR(100),
  recipient     VARCHAR(200) NOT NULL,
  subject       VARCHAR(500) NOT NULL,
  body_text     VARCHAR(100000) NOT NULL,
  body_html     VARCHAR(100000) NOT NULL,
  planned_at    TIMESTAMP    NOT NULL,
  sent_at       TIMESTAMP
);

-- Secret tokens for calendar subscriptions: a coordinator subscribes once; the token can be revoked.
CREATE TABLE IF NOT EXISTS arshjul_feed_token (
  token       VARCHAR(64)  PRIMARY KEY,
  username    VARCHAR(64)  NOT NULL,
  centre_id   VARCHAR(64)  NOT NULL,
  role        VARCHAR(32)  NOT NULL,
  created_at  TIMESTAMP    NOT NULL,
  revoked_at  TIMESTAMP
);

-- A node that sends an email claims it until this time, so that two nodes of a cluster never send the same email.
ALTER TABLE arshjul_email ADD COLUMN IF NOT EXISTS claimed_until TIMESTAMP;
ALTER TABLE arshjul_email ADD COLUMN IF NOT EXISTS claimed_by VARCHAR(64);

-- One row per centre and year whose wheel was started: two nodes starting the same year cannot both succeed.
CREATE TABLE IF NOT EXISTS arshjul_wheel_year (
  centre_id   VARCHAR(64)  NOT NULL,
  wheel_year  INTEGER      NOT NULL,
  started_at  TIMESTAMP    NOT NULL,
  PRIMARY KEY (centre_id, wheel_year)
);


-- The parent survey: one row per answer, nothing that identifies a parent (no login, address, agent or time finer
-- than the day). Quotes are kept apart from the answers, so a quote cannot be linked to its scale answers.
CREATE TABLE IF NOT EXISTS arshjul_survey_answer (
  id            VARCHAR(36)   PRIMARY KEY,
  centre_id     VARCHAR(64)   NOT NULL,
  survey_year   INT           NOT NULL,
  answered_on   DATE          NOT NULL,
  language      VARCHAR(8)    NOT NULL,
  answers       VARCHAR(2000) NOT NULL
);
CREATE INDEX IF NOT EXISTS arshjul_survey_answer_centre ON arshjul_survey_answer (centre_id, survey_year);

CREATE TABLE IF NOT EXISTS arshjul_survey_quote (
  id            VARCHAR(36)   PRIMARY KEY,
  centre_id     VARCHAR(64)   NOT NULL,
  survey_year   INT           NOT NULL,
  quote         VARCHAR(1000) NOT NULL,
  gender        VARCHAR(16),
  chosen        BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX IF NOT EXISTS arshjul_survey_quote_centre ON arshjul_survey_quote (centre_id, survey_year);

-- The health check and the metrics count the unsent emails of all counties and find the oldest (sent_at IS NULL).
CREATE INDEX IF NOT EXISTS arshjul_email_backlog ON arshjul_email (sent_at, planned_at);

-- The national mail schedule looks up the keys it may send (the unique index of dedup_key) and reads the unsent
-- emails (arshjul_email_backlog). Indexes nobody reads any more are gone: every index costs each of the year's
-- 40,000 emails a write when it is added and when it is marked sent.
DROP INDEX IF EXISTS arshjul_email_unsent;
DROP INDEX IF EXISTS arshjul_email_planned;
DROP INDEX IF EXISTS arshjul_email_planned_at;

-- One row per ISO week whose Monday digests were planned: the first sweep from 07:00 on the week's first working
-- day plans them (a sweep missed at 07:00 is caught up later that day), and no sweep after it.
CREATE TABLE IF NOT EXISTS arshjul_digest_week (
  week        VARCHAR(10)  PRIMARY KEY,
  planned_at  TIMESTAMP    NOT NULL
);

-- The posts of a person the registry no longer lists at any centre, and the day she left: after
-- arshjulet.retention.pseudonymise-after her name and user id are pseudonymised (privacy/Pseudonymisation), and her
-- rows go. A person who comes back is removed.
CREATE TABLE IF NOT EXISTS arshjul_staff_left (
  username   VARCHAR(64)  NOT NULL,
  centre_id  VARCHAR(64)  NOT NULL,
  role       VARCHAR(32)  NOT NULL,
  left_on    DATE         NOT NULL,
  PRIMARY KEY (username, centre_id, role)
);

-- The parent survey's answer tokens (survey/SurveyTokens), shared by every node on this database and kept over a
-- restart: the key they are signed with when arshjulet.survey.token-key is not set (drawn by the first start), and
-- the nonces of the tokens answers took, until the tokens expire. Nothing about a parent.
CREATE TABLE IF NOT EXISTS arshjul_survey_token_key (
  id      INT          PRIMARY KEY,
  secret  VARCHAR(64)  NOT NULL
);

CREATE TABLE IF NOT EXISTS arshjul_survey_token_used (
  nonce       VARCHAR(32)  PRIMARY KEY,
  expires_at  BIGINT       NOT NULL
);

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

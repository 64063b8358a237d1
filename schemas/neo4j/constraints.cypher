// graphkit: Neo4j 5 constraints and indexes (idempotent). graphkit load runs these itself;
// this file is for cypher-shell / Neo4j Browser:  cypher-shell -f schemas/neo4j/constraints.cypher
// Kept in sync with graphkit.sinks.cypher.SCHEMA by tests/unit/test_store_assets.py.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_doc_id IF NOT EXISTS FOR (n:Article) REQUIRE n.doc_id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT value_key IF NOT EXISTS FOR (n:Value) REQUIRE n.key IS UNIQUE;
CREATE INDEX claim_fact IF NOT EXISTS FOR (n:Claim) ON (n.fact);
CREATE INDEX claim_doc_id IF NOT EXISTS FOR (n:Claim) ON (n.doc_id);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX value_topic IF NOT EXISTS FOR (n:Value) ON (n.topic);

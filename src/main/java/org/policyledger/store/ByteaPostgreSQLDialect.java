package org.policyledger.store;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * PostgreSQL with Axon's {@code @Lob} payload, metadata and token columns as
 * {@code bytea}. Hibernate's default, {@code oid}, stores each value as a large object
 * that is never cleaned up when a token row is updated or an event row deleted.
 */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {

	@Override
	protected String columnType(int sqlTypeCode) {
		return BinaryLobs.isBlob(sqlTypeCode) ? "bytea" : super.columnType(sqlTypeCode);
	}

	@Override
	protected String castType(int sqlTypeCode) {
		return BinaryLobs.isBlob(sqlTypeCode) ? "bytea" : super.castType(sqlTypeCode);
	}

	@Override
	public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
		super.contributeTypes(typeContributions, serviceRegistry);
		BinaryLobs.bindAs(BinaryJdbcType.INSTANCE, typeContributions);
	}

}

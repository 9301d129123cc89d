package org.policyledger.store;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;

/**
 * H2 with Axon's {@code @Lob} payload, metadata and token columns as {@code varbinary}.
 * H2 keeps a blob over 256 bytes outside its row, in its LOB storage: every stored event
 * then cost several more writes and reads, and kilobytes more disk.
 */
public class InlineBinaryH2Dialect extends H2Dialect {

	@Override
	protected String columnType(int sqlTypeCode) {
		return BinaryLobs.isBlob(sqlTypeCode) ? "varbinary" : super.columnType(sqlTypeCode);
	}

	@Override
	protected String castType(int sqlTypeCode) {
		return BinaryLobs.isBlob(sqlTypeCode) ? "varbinary" : super.castType(sqlTypeCode);
	}

	@Override
	public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
		super.contributeTypes(typeContributions, serviceRegistry);
		BinaryLobs.bindAs(VarbinaryJdbcType.INSTANCE, typeContributions);
	}

}

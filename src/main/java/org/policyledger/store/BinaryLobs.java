package org.policyledger.store;

import java.sql.Types;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/** What both dialects do to store {@code @Lob byte[]} as a plain binary column. */
final class BinaryLobs {

	private BinaryLobs() {
	}

	static boolean isBlob(int sqlTypeCode) {
		return sqlTypeCode == SqlTypes.BLOB;
	}

	/**
	 * Binds {@code @Lob byte[]} values as bytes of the given JDBC type rather than as
	 * blobs.
	 */
	static void bindAs(JdbcType binary, TypeContributions typeContributions) {
		typeContributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(Types.BLOB, binary);
	}

}

package be.eenloket.directory.internal;

import be.eenloket.identity.AuditLog;
import be.eenloket.shared.DataChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every change to directory data does besides the change itself: bump {@code dir_data_version} in its
 * transaction (the read model compares it), announce it on the {@code directory} channel so every instance reloads
 * when PostgreSQL delivers the notice at commit, audit it, and tell this instance's read model after commit.
 */
@Component
class DirectoryChanges {

	private final JdbcClient jdbc;

	private final DirectoryReadModel readModel;

	private final AuditLog audit;

	private final DataChanges dataChanges;

	DirectoryChanges(JdbcClient jdbc, DirectoryReadModel readModel, AuditLog audit, DataChanges dataChanges) {
		this.jdbc = jdbc;
		this.readModel = readModel;
		this.audit = audit;
		this.dataChanges = dataChanges;
	}

	void changed(String action, String recordType, Object recordId, String summary) {
		// the read model's version counter: a single-row read model bookkeeping write, not an aggregate
		jdbc.sql("update dir_data_version set version = version + 1 where id = 1").update();
		dataChanges.announce(DirectoryReadModel.CHANNEL);
		audit.record("directory", action, recordType, recordId, summary);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					readModel.invalidate();
				}
			});
		}
	}

}

package be.eenloket.organisation.internal;

/** The six kinds of change a reorganisation draft holds, as the pages and the change form name them. */
public enum ChangeKind {

	MOVE, RENAME, CREATE, CLOSE, ENTITIES, MOVE_STAFF

}

package be.eenloket.socialcases.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The viewer has no need to know this file: not assigned to it and not the head. A social worker may still open it
 * by breaking the glass ({@link #mayBreakGlass()}); everyone else is simply refused.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NeedToKnow extends RuntimeException {

	private final long caseFileId;

	private final boolean mayBreakGlass;

	NeedToKnow(long caseFileId, boolean mayBreakGlass) {
		super("No need to know case file " + caseFileId, null, false, false);
		this.caseFileId = caseFileId;
		this.mayBreakGlass = mayBreakGlass;
	}

	public long caseFileId() {
		return caseFileId;
	}

	public boolean mayBreakGlass() {
		return mayBreakGlass;
	}

}

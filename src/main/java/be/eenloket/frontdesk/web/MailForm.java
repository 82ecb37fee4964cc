package be.eenloket.frontdesk.web;

import java.time.LocalDate;
import java.util.UUID;

import be.eenloket.frontdesk.internal.MailRegister;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** What reception enters about an incoming letter or e-mail. */
public class MailForm {

	@NotBlank(message = "{mail.legalEntity.required}")
	private String legalEntity;

	@NotNull(message = "{mail.receivedOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	@NotBlank(message = "{mail.sender.required}")
	@Size(max = 200, message = "{mail.sender.tooLong}")
	private String sender;

	@NotBlank(message = "{mail.subject.required}")
	@Size(max = 300, message = "{mail.subject.tooLong}")
	private String subject;

	@NotNull(message = "{mail.channel.required}")
	private MailRegister.Channel channel;

	@Size(max = 100, message = "{mail.scanReference.tooLong}")
	private String scanReference;

	@NotNull(message = "{mail.unit.required}")
	private Long unitId;

	private UUID formToken;

	public String getLegalEntity() {
		return legalEntity;
	}

	public void setLegalEntity(String legalEntity) {
		this.legalEntity = legalEntity;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public String getSender() {
		return sender;
	}

	public void setSender(String sender) {
		this.sender = sender;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public MailRegister.Channel getChannel() {
		return channel;
	}

	public void setChannel(MailRegister.Channel channel) {
		this.channel = channel;
	}

	public String getScanReference() {
		return scanReference;
	}

	public void setScanReference(String scanReference) {
		this.scanReference = scanReference;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public UUID getFormToken() {
		return formToken;
	}

	public void setFormToken(UUID formToken) {
		this.formToken = formToken;
	}

}

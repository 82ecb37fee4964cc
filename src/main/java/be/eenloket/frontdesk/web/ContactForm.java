package be.eenloket.frontdesk.web;

import java.util.UUID;

import be.eenloket.frontdesk.internal.VisitorLog;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A contact moment: the channel, the task or question, and where the visitor was sent. */
public class ContactForm {

	@NotNull(message = "{contact.channel.required}")
	private VisitorLog.Channel channel = VisitorLog.Channel.DESK;

	private Long taskId;

	private Long servicePointId;

	@Size(max = 300, message = "{contact.question.tooLong}")
	private String question;

	private UUID formToken;

	public VisitorLog.Channel getChannel() {
		return channel;
	}

	public void setChannel(VisitorLog.Channel channel) {
		this.channel = channel;
	}

	public Long getTaskId() {
		return taskId;
	}

	public void setTaskId(Long taskId) {
		this.taskId = taskId;
	}

	public Long getServicePointId() {
		return servicePointId;
	}

	public void setServicePointId(Long servicePointId) {
		this.servicePointId = servicePointId;
	}

	public String getQuestion() {
		return question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

	public UUID getFormToken() {
		return formToken;
	}

	public void setFormToken(UUID formToken) {
		this.formToken = formToken;
	}

}
